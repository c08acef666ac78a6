import { describe, expect, it } from 'vitest';
import { article, read } from './inventedArticle.ts';

const text = article(
  'Tomas Vell, 52, of Vessby, appeared before the district court on Tuesday.',
  'The court heard Mr Vell is back working as a plumber and earns a modest wage.',
  'The jury heard that the boat had been moved twice before the fire.',
  'It was alleged that the accused sold the nets to a dealer in Tarrow.',
  'It has been alleged that the scheme involved about 300 forged invoices.',
  'The allegations were that several men were selling fake permits at the quay.',
  'The jury was told the engine had failed twice that winter.',
  'The court heard evidence from three witnesses on Wednesday.',
);

describe('“The court heard …”, “It was alleged that …”: an account in court, its teller left open', () => {
  it('reads each clause as reported speech with no speaker, never the court or the accused', () => {
    const found = read(text);
    expect(found.quotes.filter((q) => q.kind === 'reported')).toEqual([]);
    expect(found.unattributed.map((u) => u.text)).toEqual([
      'Mr Vell is back working as a plumber and earns a modest wage',
      'the boat had been moved twice before the fire',
      'the accused sold the nets to a dealer in Tarrow',
      'the scheme involved about 300 forged invoices',
      'several men were selling fake permits at the quay',
      'the engine had failed twice that winter',
    ]);
  });
});
