/**
 * The matcher's entry point, for the background worker and the CLI alike:
 * `loadMatcher(quotesJson, indexJson)` with the two bundled JSON files. The corpus is
 * validated; the prebuilt index is used when it matches the corpus, and rebuilt in
 * memory when it is absent, malformed or stale.
 */
import { parseCorpus } from '../corpus/parseCorpus';
import { err, ok, type QcError, type Result } from '../result';
import { buildShingleIndex } from './buildShingleIndex';
import { corpusFingerprint } from './corpusFingerprint';
import { createVerify } from './createVerify';
import type { Matcher } from './Matcher';
import { parseIndex } from './parseIndex';
import { gateCommonPhrases } from './specificity/gateCommonPhrases';
import { shippedWordBits } from './specificity/shippedWordBits';

export interface LoadedMatcher extends Matcher {
  /** Where the index came from: the prebuilt file, or built in memory (and why). */
  indexSource: 'prebuilt' | 'built: no index given' | 'built: index invalid' | 'built: index stale';
}

export function loadMatcher(
  quotesJson: unknown,
  indexJson?: unknown,
): Result<LoadedMatcher, QcError> {
  const corpus = parseCorpus(quotesJson);
  if (!corpus.ok) return err(corpus.error);
  let source: LoadedMatcher['indexSource'] = 'built: no index given';
  let index = null;
  if (indexJson !== undefined && indexJson !== null) {
    const parsed = parseIndex(indexJson);
    if (!parsed.ok) source = 'built: index invalid';
    else if (
      parsed.value.fingerprint !== corpusFingerprint(corpus.value) ||
      parsed.value.quoteCount !== corpus.value.quotes.length ||
      parsed.value.docCount !== corpus.value.quotes.length + corpus.value.narration.length
    ) {
      source = 'built: index stale';
    } else {
      index = parsed.value;
      source = 'prebuilt';
    }
  }
  // Too common a phrase names nobody, whatever the corpus holds (the specificity gate).
  const verify = gateCommonPhrases(
    createVerify(corpus.value, index ?? buildShingleIndex(corpus.value)),
    shippedWordBits,
  );
  return ok({ verify, corpus: corpus.value, indexSource: source });
}
