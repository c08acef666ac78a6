/** The matcher over the hand-made seed corpus, shared by the matcher tests. */
import { loadMatcher } from '../loadMatcher';
import seed from './fixtures/seedCorpus.json';

const loaded = loadMatcher(seed);
if (!loaded.ok) throw new Error(`fixture corpus invalid: ${loaded.error.message}`);
export const seedMatcher = loaded.value;
export const verify = seedMatcher.verify;
