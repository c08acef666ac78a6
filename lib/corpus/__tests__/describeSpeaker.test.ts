import { describe, expect, it } from 'vitest';
import type { Person } from '../../extract/types.ts';
import { describeSpeaker, rolesInArticle } from '../describeSpeaker.ts';
import { slugify } from '../slugify.ts';

const person = (titles: string[], roles: string[]): Person => ({
  name: 'X Y',
  surname: 'Y',
  titles,
  roles,
  aliases: [],
  gender: null,
});

describe('describeSpeaker', () => {
  it('writes titles out, drops courtesies, and drops a role another one contains', () => {
    expect(rolesInArticle(person(['Gyeonggi Gov.'], ['Democratic Party frontrunner']), null)).toBe(
      'Gyeonggi governor, Democratic Party frontrunner',
    );
    expect(rolesInArticle(person(['Dr.'], ['glaciologist']), null)).toBe('glaciologist');
    expect(rolesInArticle(person(['Minister'], ['Finance Minister']), null)).toBe(
      'Finance Minister',
    );
  });

  it('puts the latest role first and years on each when articles differ', () => {
    expect(
      describeSpeaker([
        { text: 'Gyeonggi governor', published: '2021-08-23' },
        { text: 'President', published: '2025-11-23' },
      ]),
    ).toBe('President (2025); Gyeonggi governor (2021)');
    expect(describeSpeaker([{ text: 'President', published: null }])).toBe('President');
    expect(describeSpeaker([{ text: '', published: null }])).toBe(
      'role not stated in the source articles',
    );
  });

  it('slugs names into ids', () => {
    expect(slugify('Lee Jae-myung')).toBe('lee-jae-myung');
    expect(slugify('Amara Velásquez')).toBe('amara-velasquez');
  });
});
