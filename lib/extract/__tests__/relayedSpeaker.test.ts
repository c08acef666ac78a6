import { describe, expect, it } from 'vitest';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

/*
 * Words one person relays from another are the other's (eval/README.md): "Quill said Brun
 * told him: “…”" and "Brun, Quill recalled, once told him “…”" are Brun's, never Quill's,
 * and stay open when the page does not say whose they are. Every sentence here is ours.
 */
describe('a quotation relayed by a teller', () => {
  const intro =
    'Veldmoor Rovers won their only cup final thirty years ago, and goalkeeper Arno Quill and their coach Tomas Brun still meet every summer.';

  it('gives “Quill said Brun told him: …” to Brun', () => {
    const found = quotesOf(
      intro,
      'Quill said Brun told him: “Keep your eyes on the ball and forget the crowd behind the goal.”',
    );
    expect(speakerAmong(found, 'Keep your eyes on the ball')).toBe('Tomas Brun');
  });

  it('gives “Quill said Brun had warned the squad that …” to Brun', () => {
    const found = quotesOf(
      intro,
      'Quill said Brun had warned the squad that “nobody remembers the team that loses a cup final.”',
    );
    expect(speakerAmong(found, 'nobody remembers the team')).toBe('Tomas Brun');
  });

  it('gives “Brun, Quill recalled, once told him …” to Brun', () => {
    const found = quotesOf(
      intro,
      'Brun, Quill recalled, once told him “the final is only another match with a bigger crowd watching it.”',
    );
    expect(speakerAmong(found, 'the final is only another match')).toBe('Tomas Brun');
  });

  it('leaves the words open, never the teller’s, when no one is named before the aside', () => {
    const found = quotesOf(
      intro,
      'Somebody in the stands, Quill recalled, once shouted “the keeper has gone to sleep in his own goal.”',
    );
    expect(speakerAmong(found, 'the keeper has gone to sleep')).not.toBe('Arno Quill');
  });

  it('keeps the teller’s own words after an aside without a verb of speech', () => {
    const found = quotesOf(
      intro,
      'The final, Quill recalled, was “the longest ninety minutes of my whole life on a pitch.”',
    );
    expect(speakerAmong(found, 'the longest ninety minutes')).toBe('Arno Quill');
  });
});
