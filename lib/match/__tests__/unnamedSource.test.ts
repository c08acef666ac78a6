import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../corpus/schema';
import { loadMatcher } from '../loadMatcher';
import { toResultJson } from '../toResultJson';
import seed from './fixtures/seedCorpus.json';

/** An invented quote of an unnamed source, added to the seed corpus for this test only. */
const QUOTE = 'The negotiators will meet again in the border village before the end of March';
const corpus: Corpus = {
  ...(seed as Corpus),
  quotes: [
    ...(seed as Corpus).quotes,
    {
      id: '000_1461a4e715c05d43#99',
      text: QUOTE,
      speakerId: null,
      source: 'a senior official who spoke on condition of anonymity',
      sourceKind: 'anonymous',
      articleId: '000_1461a4e715c05d43',
      kind: 'direct',
      context: `“${QUOTE},” a senior official who spoke on condition of anonymity said.`,
    },
  ],
};

describe('a quote of an unnamed source', () => {
  const loaded = loadMatcher(corpus);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const { verify } = loaded.value;

  it('is matched with no speaker and its source phrase, and never judged against a named claim', async () => {
    const r = await verify({ text: QUOTE, claimedSpeaker: 'Lee Jae-myung' });
    expect(r.verdict).toBe('verbatim');
    expect(r.best?.speaker).toBeNull();
    expect(r.best?.speakerId).toBeNull();
    expect(r.best?.source).toBe('a senior official who spoke on condition of anonymity');
    expect(r.attribution).toBe('unknown');
  });

  it('gives speakerId: null and speaker: null in the CLI JSON', async () => {
    const json = toResultJson(await verify({ text: QUOTE }));
    expect(json.best).toMatchObject({ speakerId: null, speaker: null, source: expect.any(String) });
  });
});
