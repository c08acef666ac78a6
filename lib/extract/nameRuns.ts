import type { Token } from './tokenize.ts';
import { isCapitalized, QUOTE_MASK } from './tokenize.ts';

/** Capitalised runs of a sentence, read as possible names. */
export function nameRuns(tokens: readonly Token[]): { run: Token[]; next: number }[] {
  const out: { run: Token[]; next: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i]) || tokens[i]!.text.startsWith(QUOTE_MASK)) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < tokens.length &&
      isCapitalized(tokens[i]) &&
      !tokens[i]!.text.startsWith(QUOTE_MASK)
    ) {
      i++;
      if (/[’']s$/.test(tokens[i - 1]!.text)) break;
    }
    out.push({ run: tokens.slice(start, i), next: i });
  }
  return out;
}
