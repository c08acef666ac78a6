/**
 * The articles and possessives a person's role or description opens with ("the minister",
 * "a senior officer", "her lawyer", "its chief executive"): one list for the appositive
 * after a name (findSubject, accordingTo) and the role after an inverted verb
 * (strayCommaSubject); findReported's DETERMINERS add "our" and the demonstratives.
 */
export const ROLE_DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her their its'.split(' '),
);
