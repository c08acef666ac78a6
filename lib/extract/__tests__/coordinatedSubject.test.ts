import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';

const article = (...paragraphs: string[]) =>
  ['Test headline for a made-up story', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
const whoSaid = (text: string) => {
  const parsed = parseArticle('test.txt', text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.quotes.map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);
};

describe('subjects of coordinated verbs and relative clauses', () => {
  it('a speech verb joined by "and" speaks for the sentence subject', () => {
    expect(
      whoSaid(
        article(
          'Mayor Ada Quill, who was in the audience, laughed and said, “The bridge opens in May.”',
        ),
      ),
    ).toEqual([['Ada Quill', 'The bridge opens in May.']]);
  });

  it('a subordinate clause before "and said" leaves the verb its own subject', () => {
    const said = whoSaid(
      article(
        'Mayor Ada Quill left because the council voted and said, “The bridge opens in May.”',
      ),
    );
    expect(said.map(([who]) => who)).not.toContain('Ada Quill');
  });

  it('an unnamed source described by a relative clause', () => {
    const [who] = whoSaid(
      article(
        'A senior official at the ministry who spoke on condition of anonymity said, “The bridge opens in May.”',
      ),
    )[0]!;
    expect(who).toMatch(/^anonymous: .*official/);
  });
});
