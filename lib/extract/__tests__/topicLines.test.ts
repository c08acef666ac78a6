import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

/** The speaker each probe's quotation gets in an invented article. */
const speakers = (paragraphs: string[], probes: string[]) => {
  const text = article(...paragraphs);
  return probes.map((p) => speakerIn(text, p));
};

describe('topic lines under an introduction that names the one person answering', () => {
  it('"Hear from coach X …" / "On the final" / quoted paragraphs: all hers', () => {
    expect(
      speakers(
        [
          'Hear from Harbour Rovers head coach Ada Quill as she met the press before the cup final in Tarrow.',
          'On the mood in the squad',
          '“The players have trained with a smile all week and nobody is carrying a knock.',
          '“We know the final will be tight, so the bench could decide it late on.”',
          'About the new stand',
          '“It will be loud, and our supporters have waited twenty years for a night like this.”',
        ],
        ['trained with a smile', 'bench could decide', 'waited twenty years'],
      ),
    ).toEqual(['Ada Quill', 'Ada Quill', 'Ada Quill']);
  });

  it('"Below are three questions X answered …:" after his full name, labels with colons', () => {
    expect(
      speakers(
        [
          'Tarrow Mills chief executive Bram Ostel spoke to shareholders for an hour on Tuesday.',
          'Below are three questions Ostel answered for the press ahead of the vote:',
          'On whether the northern plant will close:',
          '“No decision has been taken, and the staff there will hear it from us first.”',
          'Asked about the pension fund:',
          '“The fund is in better shape than it was when I arrived, by any measure you choose.”',
        ],
        ['hear it from us first', 'better shape than it was'],
      ),
    ).toEqual(['Bram Ostel', 'Bram Ostel']);
  });

  it('a first topic the page lost: the answer under the introduction is hers too', () => {
    expect(
      speakers(
        [
          'Listen to Harbour Rovers captain Lina Varga after the draw with Kell on Saturday.',
          '“We started slowly and paid for it, but the second half showed who we are.”',
          'On the penalty decision:',
          '“I have seen it again and it was soft, though that is not why we dropped points.”',
        ],
        ['started slowly', 'it was soft'],
      ),
    ).toEqual(['Lina Varga', 'Lina Varga']);
  });

  it('the person the introduction names as its topic is not the one answering', () => {
    expect(
      speakers(
        [
          'Harbour Rovers lost again on Saturday. Here is what the club captain said about Ada Quill:',
          'On her future at the club:',
          '“Everyone in the dressing room still backs her, and that will not change.”',
        ],
        ['still backs her'],
      ),
    ).toEqual(['unattributed']);
  });

  it('an introduction that names two people leaves the answers open', () => {
    expect(
      speakers(
        [
          'Head coach Ada Quill and captain Lina Varga spoke to reporters after the match in Kell.',
          'On the result:',
          '“We deserved more than a point from a game we controlled for an hour.”',
        ],
        ['deserved more than a point'],
      ),
    ).toEqual(['unattributed']);
  });

  it('a paragraph of narration ends the run: a quotation after it is not hers', () => {
    expect(
      speakers(
        [
          'Hear from Harbour Rovers head coach Ada Quill as she met the press before the cup final in Tarrow.',
          'On the mood in the squad:',
          '“The players have trained with a smile all week and nobody is carrying a knock.”',
          'Tickets for the final sold out within an hour on Friday night.',
          '“Every seat in the ground is gone, and the queue went round the block twice.”',
        ],
        ['trained with a smile', 'Every seat in the ground'],
      ),
    ).toEqual(['Ada Quill', 'unattributed']);
  });
});
