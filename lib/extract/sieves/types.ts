import type { QuoteKind } from '../../corpus/schema.ts';
import type { InterviewLine } from '../findInterview.ts';
import type { QuoteSpan } from '../findQuoteSpans.ts';
import type { SpeakerLabel } from '../findSpeakerLabels.ts';
import type { Subject } from '../findSubject.ts';
import type { InlineInterview } from '../inlineQuestions.ts';
import type { PeopleIndex } from '../PeopleIndex.ts';
import type { Sentence } from '../readParagraph.ts';

/** A readable paragraph (headline, standfirst or body) as the sieves see it. */
export interface Para {
  /** Position among the readable paragraphs. */
  index: number;
  /** 1-based file line, or paragraph number for HTML. */
  line: number;
  role: 'headline' | 'dek' | 'body';
  text: string;
  /** Where `text` starts in the article's text. */
  offset: number;
  /** Top-level quotations; empty for an interview answer (the whole answer is one). */
  spans: QuoteSpan[];
  sentences: Sentence[];
  /** Its part in an interview printed as questions and answers, if any. */
  qa: InterviewLine | null;
  /** The speaker's label of an interview printed as labelled turns ("Palsson: …"), if any. */
  label: SpeakerLabel | null;
  /** An interview printed as this one paragraph, its questions in brackets (`inlineQuestions`). */
  inline?: InlineInterview;
  /** A quotation mark that pairs with nothing: the paragraph is read without it. */
  problem: string | null;
  /** For a paragraph read from HTML: where its element stands in the page (`ArticleParagraph.path`). */
  path?: number[];
  /**
   * The line of page furniture printed right above the paragraph, if any: a section's
   * heading, which may name whose words follow ("HEAD COACH Ada Quill").
   */
  heading?: string;
  /** For a paragraph read from HTML: set inside a `<blockquote>`, or a list item. */
  block?: 'blockquote' | 'li';
  /**
   * A paragraph without quotation marks after an introduction ending in a colon ("Senator
   * Quill released the following statement:"), or going on from one: the introduced
   * speaker's words as a whole, like a block quotation.
   */
  statement?: boolean;
  /**
   * The name a headline gives its words to without quotation marks ("Ada Quill: We were
   * not good enough", `headlineSpeaker`): its one candidate is those words.
   */
  headlineSpeaker?: string;
  /**
   * The name of a headline's "Name: words" whose words are not in the first person ("Ada
   * Quill: Harbour cuts not good enough"): hers only when the body quotes her saying them
   * (`headlineEcho`); its one candidate is those words, a short fragment until then.
   */
  headlineEchoName?: string;
  /** The author an embedded post's signature names ("— Ada Quill (@adaquill) May 29, 2020"). */
  post?: string;
  /**
   * A pull quote's speaker: the paragraph, without quotation marks, stands between two
   * lines that print the same name ("Ada Quill" / words / "Ada Quill"), as a page's quote box.
   */
  pullQuote?: string;
  /**
   * The speaker a signature on the line right after this paragraph names ("– Harbour coach,
   * Ada Quill"): the quoted paragraphs that end here are theirs (`signatureName`).
   */
  signedBy?: string;
  /**
   * The speaker this paragraph names when read as a signature or a speaker's heading
   * (`signatureName` of its text, read once by `readDocument`).
   */
  signature?: string;
  /** The speaker the heading above names (`titledHeadingName` of `heading`, read once by `readDocument`). */
  headingSpeaker?: string;
}

/**
 * How a sieve tied a quotation to its speaker:
 * - `mentions`: the words that name the speaker, most likely first (a name, a pronoun, a
 *   role, an institution); `resolveCandidates` turns them into a person or a source;
 * - `sameAs`: the speaker of another quotation (the first half of a split quote, the
 *   paragraph before, a quotation running on);
 * - `term`: not a quotation after all (a scare quote, a title): left out silently.
 */
export type Link =
  | { sieve: string; mentions: Subject[] }
  | { sieve: string; sameAs: number }
  | { sieve: string; term: true };

/** A quotation found in the article, waiting for a sieve to say who said it. */
export interface Candidate {
  id: number;
  /** Paragraph index (`Para.index`) and sentence index within it (-1: a whole interview answer). */
  para: number;
  sentence: number;
  /** `[start, end)` of the quoted words in the paragraph. */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** The quotation marks, for a direct quotation found in a sentence. */
  span: QuoteSpan | null;
  /** Index of the quotation's placeholder token in its sentence, -1 when none. */
  token: number;
  /** A short fragment: a quote only when its own clause attributes it, else a scare quote. */
  maybe: boolean;
  /** The first candidate of a quotation that runs over several paragraphs, or null. */
  chain: number | null;
  link: Link | null;
  /** Why the quotation stays unattributed, when something specific is known. */
  problem: string | null;
}

/** The article as the sieves read and annotate it. */
export interface ArticleDoc {
  paras: Para[];
  candidates: Candidate[];
  people: PeopleIndex;
  /** Who answers the questions, as the transcript's title names them (`briefingHost`), if it does. */
  host?: Subject | null;
}

/**
 * One pass of attribution. It looks only at candidates no earlier sieve linked, may link
 * some of them, and leaves the others for the sieves after it.
 */
export interface Sieve {
  name: string;
  run(doc: ArticleDoc): void;
}
