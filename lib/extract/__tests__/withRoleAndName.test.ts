import { describe, expect, it } from 'vitest';
import { reportedOf } from './inventedArticle.ts';

/*
 * "…, with its leader Ada Quill saying …": a role printed between "with" and a name is the
 * named person's own, so the participle is theirs, never the sentence's subject nor anyone
 * else holding that role. Every sentence here is ours.
 */
describe('"with" a role and a name, then a participle of speech', () => {
  it('gives the participle to the name after the role', () => {
    const found = reportedOf(
      'Harbour mayor Tomas Vell lost the vote on the bridge on Tuesday night.',
      'The Green Union welcomed the result, with its leader Ada Quill saying the vote showed the town wanted cleaner air.',
    );
    expect(found).toContainEqual(['Ada Quill', 'the vote showed the town wanted cleaner air']);
  });

  it('leaves "with fans of a name" to the fans', () => {
    const found = reportedOf(
      'Harbour mayor Tomas Vell lost the vote on the bridge on Tuesday night.',
      'The square filled quickly, with fans of Ada Quill saying the count had been rushed.',
    );
    expect(found.some(([who]) => who === 'Ada Quill' || who === 'Tomas Vell')).toBe(false);
  });
});
