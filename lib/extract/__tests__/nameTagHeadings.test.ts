import { describe, expect, it } from 'vitest';
import { nameTagHeading } from '../nameTagHeading.ts';
import { article, speakerIn } from './inventedArticle.ts';

describe('full-name headings over quoted paragraphs ("Ada Quill, 1st")', () => {
  const page = (...headings: string[]) =>
    article(
      'Harbour Racing',
      'The leaders pulled away from the pack at the start, and the rest lost time in the pits.',
      headings[0]!,
      '“It was a perfect afternoon on the water and the whole crew earned this one.”',
      headings[1]!,
      '“I am disappointed, but we were quick and we will be back stronger in May.”',
    );

  it('on a page that heads two people’s words so, each heading is its paragraph’s speaker', () => {
    const text = page('Ada Quill, 1st', 'Ben Holt, 9th');
    expect(speakerIn(text, 'perfect afternoon on the water')).toBe('Ada Quill');
    expect(speakerIn(text, 'back stronger in May')).toBe('Ben Holt');
  });

  it('one such heading names no speaker', () => {
    const text = page('Ada Quill, 1st', 'Lap report');
    expect(speakerIn(text, 'perfect afternoon on the water')).not.toBe('Ada Quill');
  });

  it('reads a name and a short tag, nothing longer or other', () => {
    expect(nameTagHeading('Ada Quill, 1st')).toBe('Ada Quill');
    expect(nameTagHeading('Ben Holt, Harbour United')).toBe('Ben Holt');
    expect(nameTagHeading('Ada Quill, who won the race by a full minute')).toBeNull();
    expect(nameTagHeading('Tarrow Harbour, Port Vell: the view')).toBeNull();
  });
});
