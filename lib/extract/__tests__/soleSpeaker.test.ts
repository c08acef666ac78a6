import { describe, expect, it } from 'vitest';
import { speakerOf } from './inventedArticle.ts';

/** Two quotations the article gives to Ada Quill by name. */
const QUILL_SPEAKS = [
  '“We have a duty to the fishing families first,” Quill said at the meeting.',
  '“My door is open to every crew on the quay,” Ada Quill told reporters afterwards.',
];
const LEDE = 'ELMWOOD — The harbour trust on Monday named Ada Quill as its new chair.';
const NARRATION = 'The trust has struggled for money since a storm destroyed the north pier.';
const QUOTED = '“We will rebuild the pier before we do anything else.”';

describe('a quotation nothing attributes, in an article where one person speaks', () => {
  it('a quoted paragraph after a paragraph of narration', () => {
    expect(speakerOf('rebuild the pier', LEDE, ...QUILL_SPEAKS, NARRATION, QUOTED)).toBe(
      'Ada Quill',
    );
  });

  it('a pull quote printed above the lede', () => {
    expect(speakerOf('rebuild the pier', QUOTED, LEDE, ...QUILL_SPEAKS)).toBe('Ada Quill');
  });

  it.each([
    'Quill thanked the board for the “patience it showed the town over many hard winters.”',
    'Ms Quill also made it plain that she would “rebuild the pier before anything else.”',
    'Ada Quill promised the crews a pier that would “stand for another hundred years at least.”',
  ])('a sentence whose subject is that person: %s', (sentence) => {
    const probe = /“(\S+ \S+ \S+)/u.exec(sentence)![1]!;
    expect(speakerOf(probe, LEDE, ...QUILL_SPEAKS, NARRATION, sentence)).toBe('Ada Quill');
  });

  it('not when someone else speaks in the article too', () => {
    expect(
      speakerOf(
        'rebuild the pier',
        LEDE,
        ...QUILL_SPEAKS,
        '“It is about time,” said Tomas Varga, a trawler captain.',
        NARRATION,
        QUOTED,
      ),
    ).toBe('');
  });

  it('not when an unnamed source or a body speaks in the article too', () => {
    expect(
      speakerOf(
        'rebuild the pier',
        LEDE,
        ...QUILL_SPEAKS,
        '“The accounts are in order,” the council said.',
        NARRATION,
        QUOTED,
      ),
    ).toBe('');
  });

  it('not when the article quotes the person by name only once', () => {
    expect(speakerOf('rebuild the pier', LEDE, QUILL_SPEAKS[0]!, NARRATION, QUOTED)).toBe('');
  });

  it('not when the paragraph before is about someone else', () => {
    expect(
      speakerOf(
        'rebuild the pier',
        LEDE,
        ...QUILL_SPEAKS,
        'Prosecutors welcomed the plan.',
        QUOTED,
      ),
    ).toBe('');
    expect(
      speakerOf(
        'rebuild the pier',
        LEDE,
        ...QUILL_SPEAKS,
        'The vote came a week after the trawler captain Tomas Varga left the board.',
        QUOTED,
      ),
    ).toBe('');
  });

  it('not when words after the quotation are its own attribution, cut or unread', () => {
    expect(
      speakerOf(
        'rebuild the pier',
        LEDE,
        ...QUILL_SPEAKS,
        NARRATION,
        '“We will rebuild the pier before we do anything else,” district',
      ),
    ).toBe('');
  });
});
