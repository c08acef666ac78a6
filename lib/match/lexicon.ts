/**
 * Small word lists the change classifier needs. Words are in normalised form
 * (lower case, straight apostrophes).
 */

/** Words that turn a statement into its negation. */
export const NEGATIONS: ReadonlySet<string> = new Set([
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
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but of to in on at by for from with as that this these those it its ' +
    'is are was were be been being has have had do does did will would shall should can ' +
    'could may might must we our us i my me you your he his him she her they their them ' +
    'there here which who whom whose what when where while also so then than too very just ' +
    "about into over such only both each any some own same other it's that's there's"
  ).split(' '),
);

export const isContentWord = (w: string): boolean => !STOPWORDS.has(w) && !isNegation(w);
