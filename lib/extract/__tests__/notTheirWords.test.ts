import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';

/**
 * Invented pages (issue #8) for structures that name someone near a quotation who did not
 * say it: each quotation stays unattributed, or goes to its real speaker, never to them.
 */
const read = (...paragraphs: string[]) => {
  const text = ['A made-up headline for a test page', '', ...paragraphs.flatMap((p) => [p, ''])];
  const parsed = parseArticle('test.txt', text.join('\n'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const unattributed = parsed.value.unattributed.map((q) => [null, q.text]);
  return [...parsed.value.quotes.map((q) => [q.speaker, q.text]), ...unattributed];
};

describe('the words of a heading before a statement', () => {
  it('"Opening statement:" above a quoted paragraph names nobody', () => {
    const quotes = read(
      'Coach Remarks After The Game',
      'Opening statement:',
      '“We missed too many shots tonight and the other side played well.”',
    );
    expect(quotes).toEqual([
      [null, 'We missed too many shots tonight and the other side played well.'],
    ]);
  });

  it('a name before "statement:" still introduces the quotation', () => {
    const quotes = read(
      'Senator Ada Quill issued the following statement:',
      '“We missed the deadline and we will fix it.”',
    );
    expect(quotes).toEqual([['Ada Quill', 'We missed the deadline and we will fix it.']]);
  });
});

describe('a finding as the subject of a quotation', () => {
  it('"Research has suggested “…”" names no person', () => {
    const quotes = read(
      'Doctors have few ways to treat night cramps.',
      'Research has suggested “that stretching before bed can halve the number of cramps,” but the trials were small.',
    );
    expect(quotes.filter(([who]) => who !== null)).toEqual([]);
  });
});

describe("a party's word in a role", () => {
  it('"the Conservative leader" is not the Liberal Party leader the article names', () => {
    const quotes = read(
      'Prime Minister Bo Lind wants an early vote, and Liberal Party leader Ada Quill refuses to meet him.',
      'Lind, whose government needs the opposition to pass budgets, has complained about the delays. The Conservative leader says a vote may be needed to end them.',
    );
    expect(quotes.filter(([who]) => who === 'Ada Quill')).toEqual([]);
  });
});

describe('links to other stories between the sentences', () => {
  it('"he" after a block of links means no one those links name', () => {
    const quotes = read(
      'Mayor Ada Quill said on Monday that the council would not raise rates this year.',
      'Where to walk along the coast this winter?',
      'Bo Lind, a miller: the man who rebuilt the old mill',
      '“I know why that claim was made,” he said.',
    );
    expect(quotes.filter(([who]) => who === 'Bo Lind')).toEqual([]);
  });
});

describe('one name in a sentence whose verb has its own subject', () => {
  it('"cited an MP as saying Ms Quill “…”" is the MP\'s, not Ms Quill\'s', () => {
    const quotes = read(
      'Ada Quill is the deputy leader of the party.',
      'A weekend paper cited an MP as saying Ms Quill “cannot win a debate with the minister, but has other gifts”.',
    );
    expect(quotes.filter(([who, text]) => who === 'Ada Quill' && text!.includes('debate'))).toEqual(
      [],
    );
  });

  it('"Quill was quoted as saying “…”" stays hers', () => {
    const quotes = read(
      'Ada Quill is the deputy leader of the party.',
      'On Monday Ada Quill was quoted as saying, “We will win the seat back.”',
    );
    expect(quotes).toContainEqual(['Ada Quill', 'We will win the seat back.']);
  });
});

describe("a name's possessive before a word of speech", () => {
  it('"criticised Lind’s tweet, saying: “…”" is not Lind\'s', () => {
    const quotes = read(
      'Bo Lind posted a photo of the man on Sunday.',
      'Earlier today, Green Party TD Ada Quill also criticised Lind’s tweet, saying: “Sharing that picture serves nobody. It is unkind.”',
    );
    expect(quotes.filter(([who]) => who === 'Bo Lind')).toEqual([]);
  });
});

describe('an opening subordinate clause before the speaker', () => {
  it('"Although Lind has promised …, the minister said, “…”" is the minister\'s', () => {
    const quotes = read(
      'Harbour Minister Ada Quill said on Monday that Bo Lind had misled the chamber.',
      'Although Lind has promised to correct his figures, the minister said, “Mark my words, he will let it slide. He always does.”',
    );
    expect(quotes).toContainEqual([
      'Ada Quill',
      'Mark my words, he will let it slide. He always does.',
    ]);
  });
});

describe('a quotation followed by another name', () => {
  it('"“…,” Rep. Bo Lind (D-AZ) assessed:" is not the speaker\'s before', () => {
    const quotes = read(
      'Rep. Ada Quill (D-CA) backed the inquiry. “The vote is needed today,” Quill wrote:',
      '“Time and again the board has failed the town,” Rep. Bo Lind (D-AZ) assessed:',
    );
    expect(quotes.filter(([who, text]) => who === 'Ada Quill' && text!.includes('board'))).toEqual(
      [],
    );
  });
});

describe('"according to" after a verb with its own subject', () => {
  it('"“…,” the order said, according to Ada Quill" is not Ada Quill\'s', () => {
    const quotes = read(
      'A court order issued on Monday stops the transfer of the three men, officials said.',
      '“No office may hand the men over to any foreign agency,” the order said, according to Ada Quill, a lawyer for the province.',
    );
    expect(quotes.filter(([who]) => who === 'Ada Quill')).toEqual([]);
  });
});

describe('a job printed as a title before the name', () => {
  it('"Clean Water Policy Specialist Tamsin Orrey" is Tamsin Orrey', () => {
    const quotes = read(
      'Harbour Clean Water Policy Specialist Tamsin Orrey co-authored the report.',
      '“These jobs cannot be moved abroad,” Orrey says.',
    );
    expect(quotes).toEqual([['Tamsin Orrey', 'These jobs cannot be moved abroad,']]);
  });
});
