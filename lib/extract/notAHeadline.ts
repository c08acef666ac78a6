/**
 * A heading that labels a section or an archive, never an article's headline ("Monthly
 * Archives: March 2017", "Category Archive: Company Updates", "Posts tagged with …",
 * "Tags:", "Source: …", a blog's category page with its count of posts: "Entries in
 * Courts (41)"), or the office that issues a release ("Office of the Press Secretary"), or
 * a release's notice to editors ("FOR IMMEDIATE RELEASE Contact: Ada Quill"), or a site's
 * logo by its alternative text ("Site icon Harbour Times").
 */
export const NOT_A_HEADLINE =
  /^(?:(?:monthly|daily|yearly|category|tag|author)?\s*archives?\b|category:|tag:|tags:|source:|(?:media |press )?contacts?:|posts? (?:tagged|filed|categori[sz]ed)\b|(?:the )?office of the (?:\p{L}+ ?){1,3}$|home$|news$|menu$|search\b|related\b|most (?:read|popular|viewed)\b|comments?\b|\d+ comments?\b|leave a (?:reply|comment)\b|subscribe\b|sign up\b|site (?:icon|logo)\b|for immediate release\b|(?:entries|posts) (?:in|from|tagged)\b[^()]*\(\d+\)$)/iu;
