import { describe, expect, it } from 'vitest';
import { article, read, who } from './inventedArticle.ts';

describe('two given names before one surname: a couple, whose bare surname is either', () => {
  const text = article(
    'Homeowners Ansel and Mary Brodsky looked on from the pavement as crews sprayed the roof.',
    '“We were both asleep upstairs when the alarm went,” Brodsky said.',
  );

  it('“Brodsky said” after “Homeowners Ansel and Mary Brodsky” names neither of them', () => {
    expect(who(text)).toEqual([]);
    expect(read(text).unattributed.map((u) => u.reason)).toContainEqual(
      expect.stringContaining('could be'),
    );
  });

  it('a surname one of them alone bears is still theirs', () => {
    const one = article(
      'Neighbour Mary Brodsky looked on from the pavement as crews sprayed the roof.',
      '“We were both asleep upstairs when the alarm went,” Brodsky said.',
    );
    expect(who(one)).toEqual([['Mary Brodsky', expect.stringContaining('both asleep upstairs')]]);
  });
});
