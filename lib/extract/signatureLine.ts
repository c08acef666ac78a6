/**
 * A line that signs the quotation printed above it, as quote roundups and post-match
 * reaction pages do: "– Great Britain coach, Brian Noble", "— Ada Quill, mayor of
 * Tarrow", or without a dash "Australia coach, Ricky Stuart" (a role, a comma, a name).
 * Only the shape: `signatureLines` (the sieve) decides whom it names.
 */
export const SIGNATURE_LINE =
  /^(?:(?:--|[–—-])\s*\p{Lu}[^.!?:]{2,150}|\p{Lu}[\p{L} .'’-]{1,60},\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})$/u;

/** A line that ends with a closing quotation mark ("…”", "…,\"", "…’."). */
export const ENDS_QUOTED = /[”"’'][.,]?$/;
