import { describe, expect, it } from 'vitest';
import { reportedOf } from './inventedArticle.ts';

/*
 * "Holt reported that Vell apologised …, saying …": a participle after the reported
 * clause of a name goes with that name's own clause, so its words are the name's, relayed
 * by the reporter; the reporter keeps only the clause before the comma. Every sentence
 * here is ours.
 */
describe('a participle of speech inside a reported clause opening with a name', () => {
  const intro = 'Tomas Vell, a veteran sailor, finished last in the harbour race on Sunday.';

  it('gives the participle to the name, the clause before it to the reporter', () => {
    const found = reportedOf(
      intro,
      'Harbour Gazette reporter Ada Quill reported that Vell even thanked the rescue crews, saying the crossing could well be his final one.',
    );
    expect(found).toContainEqual(['Ada Quill', 'Vell even thanked the rescue crews']);
    expect(found).toContainEqual(['Tomas Vell', 'the crossing could well be his final one']);
  });

  it('keeps the whole clause the reporter’s when it opens with no name', () => {
    const found = reportedOf(
      intro,
      'Harbour Gazette reporter Ada Quill reported that the crews stayed out all night, saying the fog never lifted.',
    );
    expect(found).toContainEqual([
      'Ada Quill',
      'the crews stayed out all night, saying the fog never lifted',
    ]);
  });
});
