/** One page's annotation (eval/README.md, INTERFACES.md §4). */
export interface Annotation {
  page: string;
  input: string;
  headline: { starts: string; ends: string } | null;
  published: string | null;
  outlet: string | null;
  quotes: {
    locate: string;
    speaker: string | null;
    source: 'anonymous' | 'organisation' | null;
    kind: 'direct' | 'reported';
  }[];
  notQuotes: string[];
  notes?: string;
}

/** How the extractor did on one page. */
export interface PageScore {
  page: string;
  refused: boolean;
  /** Annotated quotations, and those found with the right speaker (or rightly no named one). */
  annotated: number;
  right: number;
  /** Annotated quotations the extractor gave a named speaker, and those it got right. */
  namedExtracted: number;
  namedRight: number;
  /** Annotated quotations given to a named person who did not say them. */
  wrongPerson: number;
  /** Of those, quotations of an unnamed source or of nobody. */
  anonymousPinned: number;
  /**
   * Of those, quotations given a part of the annotated person's name ("Brun" for "Halvard
   * Brun", "Halvard" alone): not the right speaker (a reader cannot tell who), but no other person.
   */
  partialName: number;
  /** Named quotations extracted where no annotation is (short fragments, or mistakes). */
  unannotatedNamed: number;
  notQuotes: number;
  notQuotesExtracted: number;
  dateStated: boolean;
  dateRead: boolean;
  /** A date given where the page states none, or a different one. */
  dateWrong: boolean;
  /** The page has a headline (an annotation's `headline` is null when it has none). */
  headlineStated: boolean;
  headlineRight: boolean;
  outletRight: boolean;
  /** One line per miss, for --verbose. */
  notes: string[];
}
