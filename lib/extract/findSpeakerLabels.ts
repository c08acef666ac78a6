/** "Palsson: …", "Rosa Tellander: …", "RT: …": a paragraph that opens with a speaker's label. */
const LABEL =
  /^((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|on|for|the|and|de|van|von|da|di|du|la|le)){0,5})\s*:\s+(?=[^\s"“‘'])/u;
/** Labels of page furniture and notes, never of a speaker. */
const NOT_SPEAKERS = new Set(
  'photo photos image images picture source sources contact note notes update updated editor editors correction caption video watch read related advertisement share tags tag topics topic posted published date by q a question answer warning summary transcript credit credits pictured above below file listen subscribe follow email tel phone fax web website address location when where what who why how disclosure disclaimer ps nb key'.split(
    ' ',
  ),
);
/** Fewest labelled paragraphs, and fewest different labels, that make a printed dialogue. */
const MIN_TURNS = 2;
const MIN_SPEAKERS = 2;

/** A paragraph printed as one speaker's turn: the label, and where the words start. */
export interface SpeakerLabel {
  label: string;
  at: number;
}

/**
 * Finds an interview printed with speakers' names or initials as labels ("Whitcombe:
 * …", "RT: …"): paragraphs that open with a label and a colon, when the article has at
 * least two such paragraphs with at least two different labels (one label alone is a
 * headline's "Minister Cho: …" or a note, not a dialogue), or a transcript with "Q:" lines. A label followed by a
 * quotation mark is an attribution the sentence sieves read instead.
 */
export function findSpeakerLabels(
  paragraphs: readonly string[],
  hasQuestions = false,
): (SpeakerLabel | null)[] {
  const found = paragraphs.map((text) => {
    const m = LABEL.exec(text);
    if (!m) return null;
    const label = m[1]!;
    if (NOT_SPEAKERS.has(label.toLowerCase().replace(/[.’']s?$/, ''))) return null;
    return { label, at: m[0].length };
  });
  const labels = found.filter((f) => f !== null);
  const distinct = new Set(labels.map((l) => l.label));
  // A transcript of questions ("Q: …") with the speaker's first turn labelled by name ("Jiang: …").
  const dialogue = hasQuestions || (labels.length >= MIN_TURNS && distinct.size >= MIN_SPEAKERS);
  return dialogue ? found : found.map(() => null);
}
