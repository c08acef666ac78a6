import type { ExtractError } from '../extract/types.ts';

/** One line a person can act on: `corpus/articles/x.md:12: problem`. */
export function formatBuildError(error: ExtractError): string {
  return `${error.path}:${error.line}: ${error.message}`;
}
