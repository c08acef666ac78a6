/**
 * A heading that labels a section or an archive, never an article's headline ("Monthly
 * Archives: March 2017", "Category Archive: Company Updates", "Tags:", "Source: …").
 */
export const NOT_A_HEADLINE =
  /^(?:(?:monthly|daily|yearly|category|tag|author)?\s*archives?\b|category:|tag:|tags:|source:|home$|news$|menu$|search\b|related\b|most (?:read|popular|viewed)\b|comments?\b|\d+ comments?\b|leave a (?:reply|comment)\b|subscribe\b|sign up\b)/i;
