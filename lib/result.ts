/**
 * Errors are values wherever they cross a boundary (extension messaging, the CLI,
 * corpus loading): a caller must look at `ok` before it can reach the value.
 */
export type Result<T, E = QcError> = { ok: true; value: T } | { ok: false; error: E };

/** An error a person can act on: a stable code for programs, a sentence for people. */
export interface QcError {
  code: string;
  message: string;
}

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
