import type { Article, QuoteKind, SourceKind } from '../corpus/schema.ts';

/** A build or extraction problem, located in its file: `path:line: message` when printed. */
export interface ExtractError {
  code:
    | 'front-matter'
    | 'unknown-field'
    | 'missing-field'
    | 'bad-field'
    | 'bad-date'
    | 'date-mismatch';
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
  /** For a paragraph read from HTML: where its element stands in the page (`ArticleParagraph.path`). */
  path?: number[];
  /** For a paragraph read from HTML: set inside a `<blockquote>`, or a list item. */
  block?: 'blockquote' | 'li';
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

/** A quote found in one article, tied to a named person or to an unnamed source. */
export interface FoundQuote {
  text: string;
  /** The named person's full name, or null for an unnamed source. */
  speaker: string | null;
  /** For an unnamed source: the phrase as printed ("a senior official", "the ministry"). */
  source: string | null;
  sourceKind: SourceKind | null;
  kind: QuoteKind;
  context: string;
  /** 1-based file line (text) or paragraph number (HTML) of the paragraph it stands in. */
  line: number;
  /** `[start, end)` of the quoted words in the article's text (`ExtractedArticle.text`). */
  start: number;
  end: number;
  /** The sieve that attributed it (see `lib/extract/sieves/SIEVES.ts`). */
  sieve: string;
}

/** A quotation no sieve could attribute safely: kept out of the corpus, listed with why. */
export interface UnattributedQuote {
  text: string;
  kind: QuoteKind;
  line: number;
  start: number;
  end: number;
  reason: string;
}

/** One readable paragraph of the article's text, and where it came from. */
export interface ArticleParagraph {
  /** 1-based file line (text) or paragraph number (HTML). */
  line: number;
  role: 'headline' | 'dek' | 'body';
  /** `[start, end)` in `ExtractedArticle.text`. */
  start: number;
  end: number;
  /**
   * For a paragraph read from HTML: the child-element indexes from `<html>` down to its
   * block element, so the live page's element is found again (see `locateQuote`).
   */
  path?: number[];
}

/** Something the extractor read around rather than refusing the article for it. */
export interface ExtractWarning {
  /** 1-based file line (text) or paragraph number (HTML). */
  line: number;
  message: string;
}

/** What `extractArticle` finds in an article's readable lines. */
export interface Extraction {
  people: Person[];
  quotes: FoundQuote[];
  unattributed: UnattributedQuote[];
  narration: string[];
  /** The readable paragraphs (headline, standfirst, body) joined by "\n": quote offsets point here. */
  text: string;
  paragraphs: ArticleParagraph[];
}

export interface ExtractedArticle extends Extraction {
  id: string;
  meta: ArticleMeta;
  /** What was read around (a date line without a readable date: the article is undated). */
  warnings: ExtractWarning[];
}
