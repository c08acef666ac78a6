/**
 * The account's name: capitalised, up to 60 characters, no bracket, handle sign or dash
 * but a hyphen inside a word ("Quill-Holt").
 */
const NAME = String.raw`(\p{Lu}(?:[^—–()@#\n-]|(?<=\p{L})-(?=\p{L})){0,60}?)`;
/** The handle in brackets: "(@adaquill)". */
const HANDLE = String.raw`\s*\(@\w{1,30}\)`;
/** The post's date as an embed prints it: "May 29, 2020", "29 May 2020". */
const DATE = String.raw`(?:\p{L}+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})`;

/**
 * The signature of a post embedded in an article, as a text copy of the embed prints it at
 * the end of the post's last line or on a line of its own: a dash, the author's name, the
 * handle in brackets, perhaps the date ("… — Ada Quill (@adaquill) May 29, 2020",
 * "….- Harbour Police HQ (@HarbourPD) July 2, 2018"). The dash stands after a space, at
 * the line's start, or right after the post's last sentence or link; without a dash (lost in
 * the copy) the name must follow a hashtag or link and the date must be printed.
 * Group 1 or 2: the name.
 */
export const POST_SIGNATURE = new RegExp(
  String.raw`(?:(?:^|(?<=[\s.!?…)\p{So}\p{Sk}]))[—–-]\s*${NAME}${HANDLE}\s*(?:${DATE})?|(?<=(?:#\w+|https?:\S+|pic\.twitter\.com/\w+)\s+)${NAME}${HANDLE}\s*${DATE})\s*$`,
  'u',
);

/** An embedded post's signature found on a line. */
export interface PostSignature {
  /** The account's name as printed ("Ada Quill", "Harbour Police HQ"). */
  name: string;
  /** Where the signature starts (its dash, or its name): the post's words end before it. */
  at: number;
}

/** The signature of an embedded post ending `line`, if it has one (see `POST_SIGNATURE`). */
export function postSignature(line: string): PostSignature | null {
  const found = POST_SIGNATURE.exec(line);
  const name = found ? (found[1] ?? found[2])?.trim() : undefined;
  return found && name ? { name, at: found.index } : null;
}
