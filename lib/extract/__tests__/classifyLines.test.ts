import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bylineName, classifyLines } from '../classifyLines.ts';

const seed = (name: string) =>
  readFileSync(`corpus/articles/${name}.md`, 'utf8').split('\n---\n')[1]!;

describe('classifyLines', () => {
  it('finds headline, dek, date, captions and furniture of seed 000', () => {
    const roles = classifyLines(seed('000_1461a4e715c05d43'), 1, null).map((l) => [
      l.role,
      l.text.slice(0, 20),
    ]);
    expect(roles).toEqual([
      ['headline', 'Lee Jae-myung says h'],
      ['date', 'Posted on : 2021-08-'],
      ['dek', 'Lee also said he pla'],
      ['caption', 'Gyeonggi Gov. Lee Ja'],
      ['caption', 'Gyeonggi Gov. Lee Ja'],
      ...Array.from({ length: 12 }, () => ['body', expect.any(String)]),
      ['byline', 'By Song Chae Kyung-h'],
      ['furniture', 'Please direct commen'],
      ['furniture', 'button that move to '],
      ['furniture', 'Related stories'],
      ['furniture', 'Most viewed articles'],
    ]);
  });

  it('takes the outlet line above the headline of seed 002 and the doubled caption', () => {
    const lines = classifyLines(seed('002_4a49de1aac6f285b'), 1, null);
    expect(lines.slice(0, 7).map((l) => l.role)).toEqual([
      'outlet',
      'furniture',
      'headline',
      'byline',
      'date',
      'furniture',
      'caption',
    ]);
  });

  it('reads a byline name, or none', () => {
    expect(bylineName('By Song Chae Kyung-hwa, staff reporter')).toBe(
      'Song Chae Kyung-hwa, staff reporter',
    );
    expect(bylineName('Written by 11:21 AM Politics')).toBeNull();
  });
});

describe('classifyLines: navigation', () => {
  it('a line of short items joined by | · › is navigation, not the headline', () => {
    const lines = classifyLines(
      [
        'Home | News | Health | Opinion',
        'World › Asia › North Korea',
        'Mayor opens the new bridge after two years of delay | The Valley Post',
        'The bridge opened on Monday after two years of delays and a court case.',
      ].join('\n'),
      1,
      null,
    );
    expect(lines.map((l) => l.role)).toEqual(['furniture', 'furniture', 'headline', 'body']);
  });
});
