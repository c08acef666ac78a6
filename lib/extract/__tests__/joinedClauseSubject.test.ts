import { describe, expect, it } from 'vitest';
import { sentenceSubjects } from '../sentenceSubjects.ts';
import { tokenize } from '../tokenize.ts';
import { article, speakerIn } from './inventedArticle.ts';

/*
 * "…, and Quill will fly out on Monday": a name opening a second clause after a comma and
 * a conjunction, its finite verb right after it, is that clause's subject, so a "he" in
 * the next paragraph may mean them. Every sentence here is ours.
 */
const subjects = (text: string) => sentenceSubjects(tokenize(text), text).map((s) => s.text);

describe('a name that opens a clause joined by ", and"', () => {
  it('is a subject of its sentence', () => {
    expect(
      subjects(
        'The harbour club announced the signing on Friday, and Vell will join the crew in May.',
      ),
    ).toContain('Vell');
  });

  it('not a name in a list, with no verb of its own', () => {
    expect(subjects('The board met Holt, Orrin, and Vell on Friday.')).not.toContain('Vell');
  });

  it('lets a pronoun in the next paragraph mean that name', () => {
    const text = article(
      'Harbour Rovers have signed the sailor Tomas Vell from the crew of Mr. Ben Holt.',
      'The harbour club announced the deal on Friday, and Vell will join his new crew at the regatta.',
      'He told the team’s own channel: “I am thrilled to join and long to race here.”',
    );
    expect(speakerIn(text, 'I am thrilled to join')).toBe('Tomas Vell');
  });
});
