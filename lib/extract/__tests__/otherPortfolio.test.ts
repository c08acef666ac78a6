import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a role naming its own portfolio is no holder of another portfolio', () => {
  it('“the climate minister said …” then only “Foreign Minister Ada Quill”: never Quill', () => {
    for (const [lede, words] of [
      [
        'PORT VELL, Marrow (AP) — Tarrow’s climate minister has said the draft “fell flat with nearly every delegation,” adding that talks would go on.',
        'fell flat with nearly every delegation',
      ],
      [
        'PORT VELL, Marrow (AP) — The fisheries minister told reporters the offer was “nowhere near enough for the coast.”',
        'nowhere near enough for the coast',
      ],
      [
        'PORT VELL, Marrow (AP) — “We are still far apart,” the Tarrow climate minister said on Friday.',
        'We are still far apart',
      ],
    ] as const) {
      const text = article(
        lede,
        'Speaking to reporters, Tomas Vell called the draft “a step backwards.”',
        'Marrow Foreign Minister Ada Quill says the outcome “now rests with the hosts.”',
      );
      expect(speakerIn(text, words), lede).not.toBe('Ada Quill');
    }
  });

  it('a role with the same portfolio still means its holder', () => {
    const text = article(
      'Marrow Foreign Minister Ada Quill arrived in Port Vell on Monday.',
      '“We are still far apart,” the foreign minister said on Friday.',
    );
    expect(speakerIn(text, 'We are still far apart')).toBe('Ada Quill');
  });
});
