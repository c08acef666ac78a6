/**
 * The signature of a post embedded in an article: a dash, the author's name, the handle in
 * brackets, perhaps the date ("— Ada Quill (@adaquill) May 29, 2020"). Group 1: the name.
 */
export const POST_SIGNATURE =
  /\s[—–]\s*(\p{Lu}[^—–()@]{1,60}?)\s*\(@\w{1,30}\)\s*(?:\p{L}+\.?\s+\d{1,2},\s+\d{4})?\s*$/u;
