import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';

/** A made-up interview page that labels nothing and names nobody; every sentence is ours. */
const read = (...lines: string[]) => {
  const page = ['Bread on the harbour wall', '', ...lines.flatMap((l) => [l, ''])].join('\n');
  const parsed = parseArticle('t.txt', page);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return {
    quotes: parsed.value.quotes.map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]),
    open: parsed.value.unattributed.map((u) => u.text.split(' ').slice(0, 4).join(' ')),
  };
};

describe('an interview that labels and titles nothing, its questions answered in turn', () => {
  const asks1 = 'Your bakery opened on the harbour wall ten years ago. What made you stay there?';
  const answers1 = 'I grew up above a bakery in the old town, so I knew what early mornings cost.';
  const asks2 = 'How do you choose the flour you bake with now?';
  const answers2 = 'We buy it from two mills upriver, and I visit both of them every autumn.';

  it('the questions are an unnamed interviewer’s; the answers stay open when nobody is named', () => {
    const { quotes, open } = read(asks1, answers1, asks2, answers2);
    expect(quotes).toEqual([
      ['anonymous: the questioner', asks1],
      ['anonymous: the questioner', asks2],
    ]);
    expect(open).toEqual(['I grew up above', 'We buy it from']);
  });

  it('a page with quotation marks, or a question nobody answers in the first person, is no interview', () => {
    const asker = (q: string[]) => q[0] === 'anonymous: the questioner';
    expect(
      read(asks1, answers1, asks2, answers2, '“Fresh bread sells,” the mayor said.').quotes.filter(
        asker,
      ),
    ).toEqual([]);
    expect(
      read(asks1, answers1, asks2, 'The mills upriver sell most of their flour abroad.').quotes,
    ).toEqual([]);
  });
});
