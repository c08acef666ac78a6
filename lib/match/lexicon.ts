/**
 * Small word lists the change classifier needs. Words are in normalised form
 * (lower case, straight apostrophes).
 */

/** Words that turn a statement into its negation. */
const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'none',
  'nor',
  'neither',
  'nobody',
  'nothing',
  'nowhere',
  'cannot',
  'without',
]);

/** `don't`, `won't`, `isn't` …: a contracted negation. */
export const isNegation = (w: string): boolean => NEGATIONS.has(w) || w.endsWith("n't");

/** Number words (a changed count or order is a change of meaning). */
const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen ' +
    'fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy ' +
    'eighty ninety hundred thousand million billion trillion dozen half twice thrice once ' +
    'first second third fourth fifth sixth seventh eighth ninth tenth percent'
  ).split(' '),
);

export const isNumberWord = (w: string): boolean => /\p{N}/u.test(w) || NUMBER_WORDS.has(w);

/** Number words with the figures they stand for, so that "four" and "4" state one number. */
const NUMBER_FIGURES: ReadonlyMap<string, string> = new Map(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen ' +
    'fifteen sixteen seventeen eighteen nineteen twenty'
  )
    .split(' ')
    .map((w, i) => [w, String(i)] as const)
    .concat(
      'thirty forty fifty sixty seventy eighty ninety'
        .split(' ')
        .map((w, i) => [w, String(30 + 10 * i)] as const),
      [
        ['hundred', '100'],
        ['thousand', '1000'],
        ['dozen', '12'],
      ],
    ),
);

/**
 * The value a number word states, written one way: figures for "four", "4" and "4,000"
 * alike (digit groups joined); other number words ("million", "first", "percent") as
 * themselves; `null` for a word that is no number.
 */
export function numberValue(w: string): string | null {
  if (/^\p{N}+(?:[.,]\p{N}+)*$/u.test(w)) return w.replace(/,(?=\p{N}{3}(?:\D|$))/gu, '');
  return NUMBER_FIGURES.get(w) ?? (isNumberWord(w) ? w : null);
}

/**
 * Contractions and their full forms, so that "can't", "cannot" and "can not" read as
 * the same words (any other "…n't" is its verb and "not": "doesn't" = "does not").
 */
export const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cannot', ['can', 'not']],
  ["can't", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ["ain't", ['is', 'not']],
  ["i'm", ['i', 'am']],
  ["we're", ['we', 'are']],
  ["you're", ['you', 'are']],
  ["they're", ['they', 'are']],
  ["we've", ['we', 'have']],
  ["i've", ['i', 'have']],
  ["they've", ['they', 'have']],
  ["you've", ['you', 'have']],
  ["we'll", ['we', 'will']],
  ["i'll", ['i', 'will']],
  ["they'll", ['they', 'will']],
  ["you'll", ['you', 'will']],
  ["let's", ['let', 'us']],
]);

/**
 * Words that say the same thing in a quotation, one group per meaning. A reader who
 * writes "numbers" for "figures" has reworded the quote, not changed what was said:
 * such a swap is a `substitution` noted as keeping the meaning (verdict `close`), never
 * `altered`. Kept short and curated on purpose: only pairs that hold in any context a
 * politician's quote is likely to use them in (no "state" for "say": "the state" is a
 * noun), and no pair that is also a change of degree or direction (those stay
 * `substitution` or `antonym`). Negations, numbers and opposites are never listed.
 */
const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = [
  ['figures', 'numbers'],
  ['talks', 'negotiations'],
  ['ties', 'relations'],
  ['country', 'nation'],
  ['countries', 'nations'],
  ['big', 'large'],
  ['bigger', 'larger'],
  ['biggest', 'largest'],
  ['huge', 'enormous', 'vast'],
  ['begin', 'start'],
  ['began', 'started'],
  ['help', 'assist'],
  ['helped', 'assisted'],
  ['buy', 'purchase'],
  ['quick', 'fast', 'rapid'],
  ['quickly', 'rapidly', 'swiftly'],
  ['goal', 'aim', 'objective'],
  ['goals', 'aims', 'objectives'],
  ['try', 'attempt'],
  ['tried', 'attempted'],
  ['maybe', 'perhaps'],
  ['whole', 'entire'],
  ['completely', 'entirely', 'totally', 'fully'],
  ['often', 'frequently'],
  ['immediately', 'instantly'],
  ['problem', 'issue'],
  ['problems', 'issues'],
  ['mistake', 'error'],
  ['mistakes', 'errors'],
  ['pledge', 'promise', 'vow'],
  ['pledged', 'promised', 'vowed'],
  ['strengthen', 'reinforce', 'bolster'],
  ['said', 'stated'],
  ['main', 'principal'],
  ['enough', 'sufficient'],
  ['therefore', 'thus'],
  ['worldwide', 'global'],
];

const SYNONYM_HEAD = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const w of group) SYNONYM_HEAD.set(w, group[0]!);

/** The word that stands for its synonym group (itself when it has none). */
export const synonymHead = (w: string): string => SYNONYM_HEAD.get(w) ?? w;

/**
 * Ways of stating what someone means to do that say the same thing, above all in reported
 * speech, where a page writes "Lee said he would …" or "… will …" for a source's "he plans
 * to …": the modals "will" and "would" (reported speech shifts "will" to "would"), "plan
 * to", "intend to" and "be going to", in any tense. Kept to these on purpose: "want to",
 * "hope to", "aim to" and "promise to" state a wish, a goal or a commitment, not the same
 * intention, and "must" or "may" another modality; those stay substitutions (`altered`).
 */
const INTENTION_MODALS: ReadonlySet<string> = new Set(['will', 'would']);
const INTENTION_VERBS: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'intending',
]);
const BE_FORMS: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been']);
/** What every way of stating an intention becomes; no text produces it. */
const INTENTION = '\u0000intention';

/**
 * The words with each statement of intention ("plans to", "would", "is going to", with
 * or without the "to" the alignment may have kept outside the run) as one token.
 */
export function intentionForm(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (INTENTION_MODALS.has(w)) out.push(INTENTION);
    else if (INTENTION_VERBS.has(w)) {
      out.push(INTENTION);
      if (words[i + 1] === 'to') i++;
    } else if (BE_FORMS.has(w) && words[i + 1] === 'going') {
      out.push(INTENTION);
      i += words[i + 2] === 'to' ? 2 : 1;
    } else out.push(w);
  }
  return out;
}

/** Pairs of opposites; each is looked up in both directions. */
const ANTONYM_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['open', 'closed'],
  ['open', 'close'],
  ['opened', 'closed'],
  ['increase', 'decrease'],
  ['increased', 'decreased'],
  ['rise', 'fall'],
  ['more', 'less'],
  ['more', 'fewer'],
  ['most', 'least'],
  ['always', 'never'],
  ['all', 'none'],
  ['accept', 'reject'],
  ['accepted', 'rejected'],
  ['agree', 'disagree'],
  ['agreed', 'disagreed'],
  ['support', 'oppose'],
  ['supports', 'opposes'],
  ['win', 'lose'],
  ['wins', 'loses'],
  ['won', 'lost'],
  ['strong', 'weak'],
  ['stronger', 'weaker'],
  ['success', 'failure'],
  ['succeed', 'fail'],
  ['good', 'bad'],
  ['better', 'worse'],
  ['best', 'worst'],
  ['high', 'low'],
  ['higher', 'lower'],
  ['highest', 'lowest'],
  ['easy', 'hard'],
  ['easy', 'difficult'],
  ['possible', 'impossible'],
  ['legal', 'illegal'],
  ['peace', 'war'],
  ['friend', 'enemy'],
  ['allow', 'forbid'],
  ['allow', 'ban'],
  ['lift', 'impose'],
  ['ease', 'tighten'],
  ['easing', 'tightening'],
  ['expand', 'reduce'],
  ['expand', 'shrink'],
  ['before', 'after'],
  ['early', 'late'],
  ['start', 'end'],
  ['begin', 'end'],
  ['continue', 'stop'],
  ['continue', 'end'],
  ['remain', 'leave'],
  ['include', 'exclude'],
  ['including', 'excluding'],
  ['true', 'false'],
  ['right', 'wrong'],
  ['ready', 'unready'],
  ['unilateral', 'multilateral'],
  ['gradual', 'sudden'],
  ['firmly', 'softly'],
  ['firmly', 'weakly'],
  ['significantly', 'slightly'],
  ['ultimate', 'minor'],
  ['crucial', 'trivial'],
  ['important', 'unimportant'],
  ['north', 'south'],
  ['up', 'down'],
  ['in', 'out'],
  ['with', 'against'],
  ['for', 'against'],
  ['pro', 'anti'],
];

const ANTONYMS = new Map<string, Set<string>>();
for (const [a, b] of ANTONYM_PAIRS) {
  if (!ANTONYMS.has(a)) ANTONYMS.set(a, new Set());
  if (!ANTONYMS.has(b)) ANTONYMS.set(b, new Set());
  ANTONYMS.get(a)!.add(b);
  ANTONYMS.get(b)!.add(a);
}

export const areAntonyms = (a: string, b: string): boolean => ANTONYMS.get(a)?.has(b) ?? false;

/**
 * Function words: adding or dropping one does not change what was said, so a change
 * made only of these keeps a quotation `close`.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but of to in on at by for from with as that this these those it its ' +
    'is are was were be been being has have had do does did will would shall should can ' +
    'could may might must we our us i my me you your he his him she her they their them ' +
    'there here which who whom whose what when where while also so then than too very just ' +
    "about into over such only both each any some own same other it's that's there's"
  ).split(' '),
);

export const isContentWord = (w: string): boolean => !STOPWORDS.has(w) && !isNegation(w);
