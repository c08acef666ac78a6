import type { Article, QuoteKind } from '../corpus/schema.ts';

/** A build or extraction problem, located in its file: `path:line: message` when printed. */
export interface ExtractError {
  code:
    | 'front-matter'
    | 'unknown-field'
    | 'missing-field'
    | 'bad-field'
    | 'bad-date'
    | 'date-mismatch'
    | 'unbalanced-quote'
    | 'unresolved-speaker';
  message: string;
  path: string;
  /** 1-based line in the file. */
  line: number;
}

/** What a curator states about an article (front matter), or what plain text states. */
export interface ArticleMeta extends Omit<Article, 'id'> {
  language: string;
}

export type LineRole =
  | 'headline'
  | 'dek'
  | 'body'
  | 'caption'
  | 'byline'
  | 'date'
  | 'outlet'
  | 'furniture';

/** One line of the article body (a paragraph, as captured pages print one per line). */
export interface BodyLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
  role: LineRole;
}

/** A person named in one article, before people are merged across articles. */
export interface Person {
  /** Full name as printed, e.g. `Lee Jae-myung`. */
  name: string;
  surname: string;
  /** Title phrases printed before the name (`Gyeonggi Gov.`, `President`). */
  titles: string[];
  /** Other role phrases: appositives and descriptions that refer to the person. */
  roles: string[];
  /** Surface forms this article uses for the person (`President Lee`). */
  aliases: string[];
  gender: 'm' | 'f' | null;
}

/** A quote found in one article; the speaker is the person's full name. */
export interface FoundQuote {
  text: string;
  speaker: string;
  kind: QuoteKind;
  context: string;
  line: number;
}

export interface ExtractedArticle {
  id: string;
  meta: ArticleMeta;
  people: Person[];
  quotes: FoundQuote[];
  narration: string[];
}
