/**
 * The word lists the extractor's rules rest on. Each list is closed on purpose: a word
 * missing here makes a quote unattributed (a build error a curator sees), never silently
 * wrong. Rules follow the classic news-quotation patterns (Pouliquen et al., "Automatic
 * Detection of Quotations in Multilingual News", 2007): QUOTE, verb NAME; QUOTE, NAME
 * verb; NAME [, apposition,] verb [: | that] QUOTE.
 */

/**
 * Verbs of telling that take an object or a "how" more than a clause ("urged voters to …",
 * "recounted the night"): quotations only.
 */
const TELLING_VERBS = 'urged recounted mused';
/**
 * The verbs that report a statement, an admission, an argument, a warning … as one list,
 * every form of a verb on one line (base, third person, past, participle). The finite
 * forms of the verbs first read here (`confess`, `contend`) join SPEECH_VERBS and
 * BARE_CLAUSE_VERBS ("the actress confessed she was nervous", "the firm contends its rival
 * copied …"); "indicate" speaks only after a person ("the data indicated that …" is a
 * finding: NAMED_SUBJECT_VERBS) and only with "that". The participles
 * (`REPORTING_PARTICIPLES`) open a clause after a comma ("…, confirming that …",
 * "…, conceding that …"); those not in SPEECH_PARTICIPLES only with "that" right after
 * them ("…, promising a fresh start" is an object, no clause).
 */
const REPORTING_VERB_FORMS = [
  'say says said saying',
  'add adds added adding',
  'note notes noted noting',
  'state states stated stating',
  'write writes wrote writing',
  'explain explains explained explaining',
  'insist insists insisted insisting',
  'argue argues argued arguing',
  'claim claims claimed claiming',
  'allege alleges alleged alleging',
  'assert asserts asserted asserting',
  'maintain maintains maintained maintaining',
  'contend contends contended contending',
  'warn warns warned warning',
  'caution cautions cautioned cautioning',
  'admit admits admitted admitting',
  'concede concedes conceded conceding',
  'confess confesses confessed confessing',
  'acknowledge acknowledges acknowledged acknowledging',
  'confirm confirms confirmed confirming',
  'reiterate reiterates reiterated reiterating',
  'stress stresses stressed stressing',
  'emphasize emphasizes emphasized emphasizing',
  'emphasise emphasises emphasised emphasising',
  'declare declares declared declaring',
  'announce announces announced announcing',
  'promise promises promised promising',
  'pledge pledges pledged pledging',
  'vow vows vowed vowing',
  'predict predicts predicted predicting',
  'suggest suggests suggested suggesting',
  'recall recalls recalled recalling',
  'observe observes observed observing',
  'complain complains complained complaining',
  'disclose discloses disclosed disclosing',
  'reveal reveals revealed revealing',
  'indicate indicates indicated indicating',
  'deny denies denied denying',
  'reply replies replied replying',
  'respond responds responded responding',
  // "Quill hinted that the fee would fall", "…, Holt affirmed", "…, reckoned Quill": a hint,
  // an affirmation, a reckoning said out loud. Not BARE_CLAUSE_VERBS: "hinted at a deal"
  // names an object, so a clause needs "that" or a subject pronoun. "hint" only after a
  // person (NAMED_SUBJECT_VERBS): "the ads hinted that …" is a document's finding.
  'hint hints hinted hinting',
  'affirm affirms affirmed affirming',
  'reckon reckons reckoned reckoning',
  // "Quill lamented that the ferry had been cut", "lamented he was never asked": a lament
  // voiced is a statement. Not BARE_CLAUSE_VERBS ("lamented the loss of …" names an object):
  // a clause needs "that" or a subject pronoun; "“…,” she lamented" closes a quotation too.
  'lament laments lamented lamenting',
].map((line) => line.split(' '));

/** The finite forms (base, third person, past) of the verbs of REPORTING_VERB_FORMS named. */
const finiteForms = (...lemmas: string[]) =>
  REPORTING_VERB_FORMS.filter(([lemma]) => lemmas.includes(lemma!)).flatMap((forms) =>
    forms.slice(0, 3),
  );

/**
 * Verbs of manner that close a quotation ("“…,” blabbed the councillor", "“…,” she
 * gushed"): quotations only, past forms only.
 */
const MANNER_VERBS = 'blabbed blurted gushed bragged scoffed fumed griped';

/** Verbs that attribute a direct quotation or introduce reported speech. */
export const SPEECH_VERBS = new Set(
  [
    // The finite forms of every verb of REPORTING_VERB_FORMS but "deny" (see below). Among
    // them the reported speech of politics and courts ("alleged that …", "maintains that
    // …", "disclosed that …"): never a bare clause, so "that" must follow.
    ...REPORTING_VERB_FORMS.filter(([lemma]) => lemma !== 'deny').flatMap((forms) =>
      forms.slice(0, 3),
    ),
    'tell tells told',
    'tweet tweets tweeted',
    'highlight highlights highlighted',
    'mention mentions mentioned',
    'remark remarks remarked',
    'answer answers answered',
    'rebut rebuts rebutted',
    'retort retorts retorted',
    // ("…," interrupted Quill: a speaker who cuts another off says the words.)
    'interject interjects interjected interrupts interrupted',
    'counters countered',
    'ask asks asked',
    'continue continues continued',
    'posted',
    'call calls called',
    'point points pointed',
    'report reports reported',
    'estimate estimates estimated',
    'share shares shared',
    'conclude concludes concluded',
    'shout shouts shouted',
    'yell yells yelled',
    'scream screams screamed',
    'chant chants chanted',
    'exclaim exclaims exclaimed',
    // "The group denied it was behind the blast", "Officials repeated several times that
    // …": a denial or a repetition reports words ("denied" with a clause only, see
    // OBJECT_OR_CLAUSE_VERBS; "repeated" with "that"). Finite forms only: "was forced to
    // deny …" gives a role the words of a denial it was pressed into.
    'denies denied repeats repeated',
    // Verbs that lead into or close a quotation in political reporting ("He criticised,
    // “…”", "“…,” he lamented", "Choi questioned, “…”"): quotations only (QUOTE_ONLY_VERBS),
    // past forms only, as "a question", "the demands" are nouns.
    'criticise criticize criticised criticized demanded questioned assured quipped',
    // Verbs that open or plead a quotation ("“Mr. Chairman,” she began, “…”", "“…,” he
    // implored"): quotations only, as "the meeting began" speaks no words.
    'began implored',
    // Verbs of manner that close a quotation as "said" does ("“…,” he joked", "“…,”
    // she complained", "“…,” the witness testified"); a reported clause after one needs
    // "that" ("observed that …", "boasted that …"), as they are not BARE_CLAUSE_VERBS.
    // Forms that are also plural or bare nouns ("jokes", "comments", "a boast") are left
    // out: "Islamophobic comments by …" is no one speaking. (observe, complain: in
    // REPORTING_VERB_FORMS.)
    'testify testifies testified',
    'joked boasted commented',
    // Quotations only (QUOTE_ONLY_VERBS).
    TELLING_VERBS,
    MANNER_VERBS,
  ]
    .join(' ')
    .split(' '),
);

/**
 * Verbs of an indirect command or request, reported speech only with the one asked and an
 * infinitive after them ("urged the council to reopen the pier", "requested the chair to
 * adjourn", "prayed the court to dismiss the suit", `indirectCommand`): the request is the
 * asker's words. ("urged" also leads into a quotation, `TELLING_VERBS`.)
 */
export const REQUEST_VERBS: ReadonlySet<string> = new Set(
  // "asked the board to delay the vote": a request too (a question, "asked whether …",
  // has no one asked and "to" after it, so it is not read here). Made requests only: "I
  // will ask the council to …" is a plan. ("are urging families to …": a request in the
  // making is made too; a bare participle after a comma has no subject and asks nothing.)
  // Pleading and exhorting ask as urging does ("implored the board to …", "enjoined the
  // pupils to …", "begged the court not to …").
  [
    'urge urges urged urging request requests requested requesting pray prays prayed asks asked asking',
    'implores implored imploring begs begged begging exhorts exhorted exhorting enjoins enjoined enjoining',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Verbs of advice or warning, an indirect command of REQUEST_VERBS only when someone who
 * can speak gives it (`canSpeak`: a person, a role, a body) ("the sheriff advised residents
 * to lock their sheds", "Quill encourages owners to …", "reminded voters to …", "police
 * were advising drivers to …", "warned the minister to act"): "the tax encouraged firms to
 * invest" is no one's words.
 */
export const ADVICE_VERBS: ReadonlySet<string> = new Set(
  [
    'advise advises advised advising encourage encourages encouraged encouraging',
    'remind reminds reminded reminding warns warned warning',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Verbs of a request read with a particle before the one asked, and the particles each
 * takes ("called on the council to reopen the pier", "calls upon members to vote",
 * "appealed to residents to stay indoors", `indirectCommand`): "called the vote", "called
 * him a liar" or "appealed the ruling" ask nothing.
 */
export const PHRASAL_REQUEST_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...'calls called calling'.split(' ').map((v) => [v, new Set(['on', 'upon'])] as const),
  ...'appeals appealed appealing'.split(' ').map((v) => [v, new Set(['to'])] as const),
]);

/**
 * Verbs of a commitment in words, reported speech with an infinitive right after them
 * ("Quill vowed to reopen the pier", "the board pledged on Monday to freeze fares",
 * "threatened not to sign", `commitment`): what is promised is the speaker's words. Made
 * promises only: "will promise to …" is a plan, so no base forms. ("vowed that …" is read
 * as any verb of speech with its clause.)
 */
export const COMMISSIVE_VERBS: ReadonlySet<string> = new Set(
  [
    'vows vowed vowing pledges pledged pledging promises promised promising',
    'threatens threatened threatening undertakes undertook undertaking',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Verbs of a call or a warning with a noun phrase after their preposition, reported speech
 * of what is called for or warned of ("Quill called for an inquiry into the fire", "the
 * union appealed for calm on the picket lines", "the agency warned of floods on the coast",
 * `callFor`): "called for help" is too short to be a quotation, and a thing that "calls for"
 * something ("the plan calls for two piers") says nothing (`canSpeak`).
 */
export const NOUN_CALL_VERBS: ReadonlyMap<string, string> = new Map([
  ...'calls called calling appeals appealed appealing'.split(' ').map((v) => [v, 'for'] as const),
  ...'warns warned warning'.split(' ').map((v) => [v, 'of'] as const),
]);

/**
 * A first-person subject, perhaps contracted ("we", "I", "we’re", "I've"): in a request or
 * a promise it speaks in its own words, quoted or the writer's, and names no speaker.
 */
export const FIRST_PERSON_SUBJECT = /^(?:i|we)(?:[’'](?:m|re|ve|d|ll))?$/i;

/**
 * Verbs of an accusation, reported speech with the one accused and "of" and an "-ing"
 * verb after them ("accused the board of hiding the accounts", `accusation`): the charge
 * is the accuser's words. Finite forms only: "the accused" is a person in the dock.
 */
export const ACCUSING_VERBS: ReadonlySet<string> = new Set(['accuses', 'accused']);

/**
 * Verbs that report speech only with "that" right after them ("Vell clarified that …",
 * "was quick to clarify that …"): "clarified on it", "clarified the rules" report nothing.
 */
export const THAT_VERBS = new Set(
  [
    'clarify clarifies clarified',
    // "Holt charged that the board had hidden the accounts": a charge laid in words. Only
    // with "that": "charged with theft", "charged the battery", "the charges" say nothing.
    'charge charges charged',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Verbs that report words only before "how" and a clause ("Brask described how the drought
 * had emptied the farms"): "described the scene", "described it as …" report none.
 */
export const HOW_VERBS: ReadonlySet<string> = new Set('describe describes described'.split(' '));

/**
 * Verbs that report a recommendation or a demand with a clause in the subjunctive
 * ("recommended the charges be dropped", "recommended that the fine stand"): the clause is
 * the speaker's words; "recommended a new bridge" names an object and reports none.
 */
export const MANDATIVE_VERBS: ReadonlySet<string> = new Set(
  'recommend recommends recommended'.split(' '),
);

/**
 * A view voiced out loud: "expressed optimism that …", "voiced his belief that …". A verb
 * of EXPRESSING_VERBS, perhaps an owner, a noun of VIEW_NOUNS, then "that": the clause is
 * the subject's reported words ("expressed concern over the fees" reports none).
 */
export const EXPRESSING_VERBS: ReadonlySet<string> = new Set(
  'express expresses expressed voice voices voiced'.split(' '),
);
export const VIEW_NOUNS: ReadonlySet<string> = new Set(
  // ("expressed disappointment that the bill passed", "voiced concern that …": a feeling
  // put into words is as much a view said out loud as a hope.)
  'optimism belief confidence hope disappointment concern regret frustration'.split(' '),
);

/**
 * Verbs of assuring ("assured the residents that …", "reassured that …"): the one assured
 * may come before the clause, which needs "that"; without it, quotations only
 * (QUOTE_ONLY_VERBS).
 */
export const ASSURING_VERBS: ReadonlySet<string> = new Set(
  [
    'assure assures assured reassure reassures reassured',
    // "The caller informed him that the card was overdue": telling the one informed, then
    // the clause, read only with "that" ("informed the police" or "informed decisions" say
    // nothing).
    'inform informs informed',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Participles of speech ("… by saying, “…”", "…, adding, “…”"): a sentence holding one
 * speaks, though the participle itself names no speaker.
 */
export const SPEECH_PARTICIPLES = new Set(
  'saying adding noting stating telling asking explaining arguing warning insisting declaring stressing replying responding writing tweeting posting asserting claiming alleging reporting complaining assuring'.split(
    ' ',
  ),
);

/** Every participle of REPORTING_VERB_FORMS ("confirming", "conceding", "admitting"). */
export const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set([
  ...SPEECH_PARTICIPLES,
  ...REPORTING_VERB_FORMS.map((forms) => forms[3]!),
]);

/**
 * Verbs an infinitive of speech hangs on ("declined to say", "went on to add", "was quick
 * to point out"): the speaker is their subject.
 */
export const CONTROL_VERBS = new Set(
  'declined refused failed went continued proceeded hastened wanted tried sought quick moved chose'.split(
    ' ',
  ),
);

/**
 * An interview's own labels ("Q:", "A.", "Question:", "QUESTION:"): never a speaker's turn,
 * and never a name ("Answer: “…”" is the interviewee's answer, whoever that is).
 */
export const QA_LABEL = /^(?:Q|A|Question|Answer)\s*[:.]\s/i;

/**
 * The same labels as words of a name run (`parseNameRun`): alone, never a person's name,
 * whatever line they open. Not "A", which is also the article and an initial.
 */
export const INTERVIEW_LABELS: ReadonlySet<string> = new Set([
  'Question',
  'Answer',
  'Q',
  'QUESTION',
  'ANSWER',
]);

/**
 * A topic label before a quotation in a reaction roundup: "On his second goal: “…”", "And
 * the equaliser arriving from a corner: “…”", "Asked about the vote: “…”". It names no speaker.
 */
export const TOPIC_LABEL = /^(?:and\s+)?(?:on|about|asked about|and the)\s[^:“"]{0,100}:\s*[“"‘]/i;

/**
 * Verbs whose reported clause may come without "that" ("he said he plans to …").
 * Others need "that", so "announced plans to expand" or "suggested the easing of
 * sanctions" stay narration.
 */
export const BARE_CLAUSE_VERBS = new Set([
  ...finiteForms(
    ...'say add note write insist warn claim argue predict caution concede reiterate promise vow pledge confirm acknowledge admit confess contend'.split(
      ' ',
    ),
  ),
  ...'tell tells told'.split(' '),
]);

/**
 * Verbs of speech that take an object as often as a clause ("announced her resignation",
 * "announced she will step down"; "stated the facts", "stated a vote might follow";
 * "reported a loss", "reports the deal was …"): a
 * clause without "that" after one must show a finite verb within a few words.
 */
export const OBJECT_OR_CLAUSE_VERBS = new Set([
  ...'announce announces announced state states stated suggest suggests suggested explain explains explained maintain maintains maintained denies denied report reports reported'.split(
    ' ',
  ),
  // "Quill stressed the plan was temporary", "emphasised the bridge had passed …"; but
  // "stressed the importance of …", "emphasised the need for …" are objects.
  ...finiteForms('stress', 'emphasize', 'emphasise'),
  // "Quill lamented the town was late to act"; but "lamented the loss of …" names no clause.
  // (Not "complain": "complained they themselves should pay" is read as no clause.)
  ...finiteForms('lament'),
]);

/**
 * Forms of a verb of speech that are as often nouns of what was said ("gave a curt reply",
 * "a far more measured answer", "his remarks"): after a determiner and describing words,
 * the noun (see findAttribution's `describedNoun`).
 */
export const SPEECH_NOUN_FORMS: ReadonlySet<string> = new Set(
  'reply replies answer answers remark remarks claim claims retort retorts quip quips comment comments'.split(
    ' ',
  ),
);

/**
 * Nouns of a record of someone's words: "issued the following statement:", "in a letter",
 * "a statement saying …". An introduction ending in a colon that holds one introduces
 * that person's words.
 */
export const STATEMENT_NOUNS = new Set(
  'statement statements remarks announcement message letter post tweet release recording interview video speech note email e-mail'.split(
    ' ',
  ),
);

/**
 * Nouns of a document or publication that speaks as itself ("The study did offer one
 * caution:", "The ads hinted that …:", "An editorial beside the results stated …"): its
 * words are an organisation's, never a person's. (A person's record, "post", "tweet",
 * "letter", is in `STATEMENT_NOUNS`.)
 */
export const DOCUMENT_NOUNS = new Set(
  'study studies report survey editorial blog release ads adverts advertisement advertisements filing website article analysis poll journal'.split(
    ' ',
  ),
);

/**
 * Most words between a record's opener and its noun: an owner ("Quill's brief written
 * statement", `findSubject`), or "in a" ("said in a new report", "Quill in a statement
 * today", `findReported`, `findSubject`). More, and the phrase is no record of words.
 */
export const MAX_RECORD_WORDS = 3;

/** Verbs whose object comes before their clause ("told Reuters the plan …"). */
export const TELL_VERBS: ReadonlySet<string> = new Set('tell tells told telling'.split(' '));

/**
 * Verbs that put out a record of someone's words: "she issued this statement, “…”", "the
 * mayor released a letter: “…”". With a statement noun right before a quotation, the
 * subject is its speaker.
 */
export const ISSUING_VERBS = new Set(
  'issue issued issues release released releases send sent sends post posted posts publish published publishes read reads give gave gives make made makes deliver delivered delivers share shared shares'.split(
    ' ',
  ),
);

/** Verbs that attribute a quotation printed right after them but never a reported clause. */
export const QUOTE_ONLY_VERBS = new Set([
  // Shouting gives the words as heard, never a reported clause ("shouted that" is rare).
  ...'shout shouts shouted yell yells yelled scream screams screamed chant chants chanted exclaim exclaims exclaimed'.split(
    ' ',
  ),
  'continue',
  'continues',
  'continued',
  'ask',
  'asks',
  'asked',
  'posted',
  'call',
  'calls',
  'called',
  'share',
  'shares',
  'shared',
  ...'criticise criticize criticised criticized demanded questioned assured quipped'.split(' '),
  'began',
  'implored',
  ...TELLING_VERBS.split(' '),
  ...MANNER_VERBS.split(' '),
]);

/**
 * Verbs of speech that report a clause only after a person's name or "he"/"she"/"they"
 * ("Ada Quill revealed that …"): after anything else they report a finding ("the study
 * revealed that …", "records revealed"), or a description the article may not let us tie.
 */
export const NAMED_SUBJECT_VERBS = new Set(finiteForms('reveal', 'indicate', 'hint'));

/**
 * Verbs that take an object of their own ("criticised Reyes for remarks in which …",
 * "questioned the man"): they attribute a quotation only right after a comma or colon
 * ("He criticised, “…”") or right before them ("“…,” Holt assured the analysts").
 */
export const LEAD_IN_ONLY_VERBS = new Set(
  'criticised criticized demanded questioned assured urged recounted'.split(' '),
);

/**
 * Finite verbs and auxiliaries: one soon after "said" shows a clause follows ("said race
 * relations had improved", "said work would start"), not an object ("said goodbye").
 */
export const FINITE_VERBS = new Set(
  "is are was were has have had will would could should can may might must does did do won't wouldn't can't couldn't isn't wasn't aren't weren't hasn't haven't didn't doesn't won’t wouldn’t can’t couldn’t isn’t wasn’t aren’t weren’t hasn’t haven’t didn’t doesn’t".split(
    ' ',
  ),
);

/**
 * Lower-case words that open, after the name that signs a quotation, what the words were
 * about or when ("“…” – Ada Quill on the final", "– Ada Quill after the draw").
 */
export const SIGNATURE_OCCASIONS: ReadonlySet<string> = new Set(
  'on in after at during when about following'.split(' '),
);

/** Adverbs that may stand between a speaker and the verb ("Lee also said"). */
export const ADVERBS = new Set(
  'also now firmly earlier later then again repeatedly previously once further still clearly flatly bluntly simply recently separately publicly privately reportedly quickly angrily calmly only therefore'.split(
    ' ',
  ),
);

/** The days of the week, lower case: never a name, an outlet or a given name. */
export const WEEKDAY_NAMES: readonly string[] =
  'monday tuesday wednesday thursday friday saturday sunday'.split(' ');

/** The months, lower case ("May", "June" are given names too, but never read as one here). */
export const MONTH_NAMES: readonly string[] =
  'january february march april may june july august september october november december'.split(
    ' ',
  );

/** Words that may follow a verb before its clause ("said Wednesday that", "said on Sunday"). */
export const TIME_WORDS = new Set([
  ...WEEKDAY_NAMES,
  ...'today yesterday tonight earlier later here there'.split(' '),
]);

/** Personal pronouns that can be the subject of an attribution, with their gender. */
export const PRONOUNS: Record<string, 'm' | 'f' | null> = {
  he: 'm',
  she: 'f',
  they: null,
  i: null,
  we: null,
};

/** Honorifics that say nothing of a role (left out of descriptions) but give a gender. */
export const HONORIFICS: Record<string, 'm' | 'f'> = {
  'Mr.': 'm',
  Mr: 'm',
  'Ms.': 'f',
  Ms: 'f',
  'Mrs.': 'f',
  Mrs: 'f',
  Miss: 'f',
  Sir: 'm',
  Lord: 'm',
  Lady: 'f',
  Dame: 'f',
  Baroness: 'f',
};

/**
 * Titles that are courtesies, not roles: left out of a speaker's description. The one list
 * of them (a title before a name, `TITLES`; a member's header, `memberHeader`; a round-up's
 * signature, `signatureName`).
 */
export const COURTESY_TITLES: ReadonlySet<string> = new Set([
  ...Object.keys(HONORIFICS),
  'Dr.',
  'Dr',
  'Mx.',
  'Mx',
]);

/**
 * Courtesy titles that open stage names ("Lady Quixa", "Lord Velvo"): a singer's or a
 * rapper's name printed whole, with no given name after the title (see
 * `PeopleIndex.noteLonePerson`). ("Sir" and "Dame" go before a given name: "Sir Ada".)
 */
export const STAGE_NAME_TITLES: ReadonlySet<string> = new Set(['Lady', 'Lord']);

/**
 * Clerics' titles a church styles a person by with one name ("Pope Anselm", "Bishop Tomas",
 * a given name or a regnal name): the title and the word are the whole name, as a
 * stage name's are, even when the word is a given name (see `PeopleIndex.noteLonePerson`).
 */
export const ONE_NAME_CLERIC_TITLES: ReadonlySet<string> = new Set([
  'Pope',
  'Bishop',
  'Archbishop',
]);

/** A courtesy title, printed with or without a full stop ("Mr", "Mr.", "Dr"). */
export const isCourtesyTitle = (word: string): boolean =>
  COURTESY_TITLES.has(word) || COURTESY_TITLES.has(word.replace(/\.$/, ''));

/**
 * Titles printed before a name. Multi-word titles are matched as their last word
 * ("Foreign Minister" ends with "Minister"), so the words before it join the title phrase.
 */
export const TITLES = new Set(
  [
    'President',
    // The feminine form English editions of Brazilian and Argentine papers print ("Presidenta Ada Quill").
    'Presidenta',
    // Abbreviated in posts and headlines ("Pres. Quill", "Pres Quill").
    'Pres.',
    'Pres',
    'Vice',
    'Gov.',
    'Governor',
    'Ambassador',
    'Minister',
    'Secretary',
    'Premier',
    // Ireland's prime minister and deputy prime minister, titles as "Premier" is.
    'Taoiseach',
    'Tánaiste',
    'Chancellor',
    'Mayor',
    'Sen.',
    'Senator',
    'Rep.',
    'Representative',
    ...COURTESY_TITLES,
    'Prof.',
    // British papers drop the full stop, as with "Dr" ("Prof Ada Quill said").
    'Prof',
    'Professor',
    'Judge',
    'Justice',
    // A barrister's rank in India and South Africa, printed as a title ("Senior Advocate Ada Quill").
    'Advocate',
    // "a bench of Justices Ada Quill and …": the plural title before several names.
    'Justices',
    'Gen.',
    'General',
    'Chairman',
    'Chairwoman',
    'Chair',
    'Commissioner',
    'Director',
    // The heads of international bodies ("WHO Director-General Ada Quill", "UN
    // Secretary-General Ada Quill"), whom the story then calls "the WHO chief".
    'Director-General',
    'Secretary-General',
    // A job printed as a title before the name ("Clean Energy Business Specialist Ada Quill").
    'Specialist',
    'Coordinator',
    'Analyst',
    'Spokesperson',
    'Spokesman',
    'Spokeswoman',
    'Councillor',
    'Councilor',
    'Cllr',
    // Some British local papers shorten it to three letters ("Clr Ada Quill said").
    'Clr',
    'Coun.',
    // British local papers drop its full stop too ("Coun Ada Quill said").
    'Coun',
    // Australian councils and their local papers shorten it to two letters ("Cr Ada Quill said").
    'Cr',
    'MP',
    'Coach',
    'Captain',
    'Capt.',
    'Inspector',
    'Detective',
    'Chief',
    // Clerics' and an alderman's titles ("the Rev. Ada Quill", "Archbishop Ada Quill",
    // "Cardinal Ada Quill", "Alderman Ada Quill").
    'Archbishop',
    'Bishop',
    'Cardinal',
    'Imam',
    'Sheikh',
    // A tribal chief's honorific in Pakistan, printed before the name as "Sheikh" is
    // ("Chief Minister Sardar Ada Quill said"); the person is named without it.
    'Sardar',
    'Rev.',
    'Rev',
    'Reverend',
    'Alderman',
    'Alderwoman',
    // The honorific of union and party officials in Nigeria and elsewhere, printed before the
    // name as "Chief" is ("Comrade Ada Quill, the branch secretary, said …").
    'Comrade',
    // Police ranks of Britain and the Commonwealth ("Det. Supt. Ada Quill", "Insp Ada Quill").
    'Supt.',
    'Supt',
    'Superintendent',
    'Insp.',
    'Insp',
    'Det.',
    'Det',
    // The first police rank, printed before the name as Sergeant is ("Detective Constable
    // Ada Quill", "Police Constable Ada Quill"); also a surname (SURNAME_TITLES).
    'Constable',
    'Leader',
    'Speaker',
    // A party's whip in a parliament ("House Majority Whip", "Senate Democratic Whip").
    'Whip',
    // "Council Member Ada Quill", "Board Member …", "Assembly Member …": the body's word, then
    // "Member", is a title before the name.
    'Member',
    // "Senate President Pro Tempore Ada Quill".
    'Tempore',
    // A prime minister and a state's chief minister, abbreviated by papers in Pakistan and
    // India ("PM Quill said", "CM Quill added").
    'PM',
    'CM',
    // Kenya's deputy president as some of its papers abbreviate it ("Dp Quill came clean").
    // (Not "DP": "DP World" is a port operator, no title and a surname.)
    'Dp',
    // Police ranks, with and without their full stop ("Sgt. Ada Quill", "Sgt Ada Quill").
    'Sgt.',
    'Sgt',
    'Sergeant',
    'Lt.',
    'Lieutenant',
    // Military ranks, with and without their full stop ("Lt. Col. Ada Quill", "Col Ada Quill").
    'Lt',
    'Col.',
    'Col',
    'Colonel',
    'Maj.',
    'Maj',
    // Written out ("spokesman Major Ada Quill"); also a surname (SURNAME_TITLES).
    'Major',
    'Brig.',
    'Brigadier',
    'Gen',
    'Cmdr.',
    'Commander',
    'Adm.',
    'Admiral',
    'Cpl.',
    'Corporal',
    // The last word of a rank with a grade ("Petty Officer 2nd Class Ada Quill", "Airman First
    // Class Ada Quill"): the grade's number breaks the run, so the run opens with it.
    'Class',
    // A town's or a court's clerk ("Village Clerk Ada Quill").
    'Clerk',
    // An Irish member of the Dáil ("Teachta Quill said"), as the party's releases call them.
    'Teachta',
    // A Malaysian state's chief minister ("Selangor Menteri Besar Ada Quill"), either spelling.
    'Besar',
    'Sheriff',
    // A court's judicial officer in Kenya, Britain and elsewhere, printed as a title with its
    // grade ("Chief Magistrate Ada Quill", "Senior Principal Magistrate Ada Quill").
    'Magistrate',
    // A zoo's or a park's carer, printed as a title with the animals' word ("Reptile Keeper
    // Ada Quill", "Keeper Ada"); a surname too rarely to matter.
    'Keeper',
    // An elected county supervisor in the United States ("County Supervisor Ada Quill",
    // "Third District Supervisor Ada Quill").
    'Supervisor',
    'Envoy',
    'Democrat',
    'Republican',
  ].map((t) => t),
);

/**
 * Titles that are also common surnames: last in a run, with no name after them ("Constable
 * said", "Rod Constable"), they are the surname, not a title with no one named.
 */
export const SURNAME_TITLES: ReadonlySet<string> = new Set(['Constable', 'Major']);

/**
 * Ranks that are a title only before a full name ("Garda Ada Quill", "Detective Garda Ada
 * Quill": an Irish police officer's rank), as the same word before one more word names a
 * body ("Garda Síochána", "Garda Headquarters").
 */
export const FULL_NAME_RANKS: ReadonlySet<string> = new Set(['Garda']);

/**
 * Words set aside when a claimed name is compared with a speaker's ("President Lee",
 * "former Gov. Lee Jae-myung"): every title above, lower case and without its full stop,
 * and the words that qualify a title.
 */
export const TITLE_WORDS_LOWER: ReadonlySet<string> = new Set([
  ...[...TITLES].map((t) => t.toLowerCase().replace(/\.$/, '')),
  ...'former then late acting deputy vice foreign prime south north korean us u.s gyeonggi'.split(
    ' ',
  ),
  // Words of company and newsroom titles ("Chief Executive", "Chief Financial Officer",
  // "managing editor", "co-founder"): never a person's name.
  ...'executive financial operating officer ceo cfo coo cto managing editor founder co-founder'.split(
    ' ',
  ),
]);

/** Role words that say a gender ("his wife", "their daughter", "the chairwoman"). */
export const GENDERED_ROLES: Record<string, 'm' | 'f'> = Object.fromEntries([
  ...'wife mother daughter sister grandmother widow woman girl chairwoman spokeswoman congresswoman councilwoman actress queen princess businesswoman'
    .split(' ')
    .map((w) => [w, 'f'] as const),
  ...'husband father son brother grandfather widower man boy chairman spokesman congressman councilman actor king prince businessman'
    .split(' ')
    .map((w) => [w, 'm'] as const),
]);

/** Abbreviated titles written out for descriptions ("Gyeonggi Gov." → "Gyeonggi governor"). */
export const TITLE_WORDS: Record<string, string> = {
  'Gov.': 'governor',
  'Pres.': 'president',
  Pres: 'president',
  'Sen.': 'senator',
  'Rep.': 'representative',
  'Gen.': 'general',
  'Prof.': 'professor',
  Prof: 'professor',
  'Capt.': 'captain',
  'Rev.': 'reverend',
  'Supt.': 'superintendent',
  'Insp.': 'inspector',
  'Det.': 'detective',
  Cllr: 'councillor',
  Clr: 'councillor',
  'Coun.': 'councillor',
  Coun: 'councillor',
  Cr: 'councillor',
};

/**
 * Nouns for a kind of organisation that a capitalised name right after them belongs to
 * ("the rating agency Tarrow Ratings said", "the charity Harbour Hope said"): that name is
 * the body's, never a person's.
 */
export const ORGANISATION_KIND_NOUNS = new Set(
  'agency firm bank company group charity union club organisation organization foundation association lender insurer retailer airline carmaker automaker drugmaker broadcaster publisher newspaper watchdog regulator'.split(
    ' ',
  ),
);

/** Head nouns of a role phrase that points at a person ("the minister", "the top diplomat"). */
export const ROLE_NOUNS = new Set(
  'president minister ambassador governor diplomat envoy leader secretary chancellor premier mayor senator representative lawmaker spokesperson spokesman spokeswoman chairman chairwoman chair director chief head commissioner candidate frontrunner professor judge general official coach captain inspector detective councillor councilor mp economist analyst researcher scientist glaciologist hydrologist meteorologist coroner forecaster paleontologist geologist archaeologist cardiologist oncologist investigator organiser organizer doctor nurse teacher campaigner activist founder ceo executive chairperson delegate farmer resident voter student worker owner manager lawyer officer cio chef editor reporter correspondent columnist author writer engineer designer architect librarian curator attorney prosecutor sheriff sergeant lieutenant colonel admiral commander rabbi reverend pastor priest bishop pope king queen prince princess congressman congresswoman assemblyman assemblywoman councilman councilwoman alderman alderwoman superintendent dean treasurer trustee consultant strategist historian physicist biologist chemist astronomer mathematician psychologist sociologist epidemiologist physician surgeon dentist pharmacist headteacher headmaster headmistress fellow host anchor presenter moderator announcer producer actor actress singer player tactician striker midfielder defender goalkeeper boss skipper cfo coo cto co-founder cofounder partner fisherman wife husband mother father son daughter brother sister widow grandmother grandfather predecessor successor colleague mentor deputy assistant aide adviser advisor counsel negotiator pollster administrator regulator investor trader banker broker chairwoman lobbyist man woman protester heckler demonstrator bystander witness passenger'.split(
    ' ',
  ),
);

/**
 * Heads of a description of one person that the role nouns lack, as sports and celebrity
 * news print them ("the 36-year-old star", "the veteran said" after "veteran striker Ada
 * Quill"): they mean only a person the article called so before (`epithetHolders`).
 */
export const EPITHET_NOUNS = new Set(
  'star superstar veteran youngster teenager champion winger forward keeper rapper musician comedian athlete sprinter golfer boxer fighter batsman bowler all-rounder quarterback pitcher icon legend newcomer debutant international frontman songstress hitmaker starlet mogul billionaire tycoon entrepreneur incumbent'.split(
    ' ',
  ),
);

/** Role nouns that may stand for one another ("top diplomat" ↔ "Ambassador"). */
export const ROLE_SYNONYMS: Record<string, string[]> = {
  diplomat: ['ambassador', 'envoy', 'minister'],
  envoy: ['ambassador', 'diplomat'],
  leader: ['president', 'premier', 'chancellor', 'chair', 'chairman', 'chairwoman', 'leader'],
  head: ['director', 'chief', 'chair', 'chairman', 'chairwoman', 'president'],
  chief: ['director-general', 'secretary-general', 'ceo'],
  spokesperson: ['spokesman', 'spokeswoman'],
  lawmaker: ['senator', 'representative', 'mp'],
  ceo: ['executive', 'chief'],
  executive: ['ceo'],
  // Sports news calls a team's captain its skipper, and a football manager its boss.
  skipper: ['captain'],
  captain: ['skipper'],
  boss: ['manager'],
};

/**
 * Head nouns of institutions and unnamed groups, and the epithets business news gives a
 * company ("the software maker", "the tech giant", "the lender"). Their statements are not
 * a person's: reported speech from them stays narration ("the foreign ministry said that …"). A
 * finding's nouns ("Research has suggested “…”", "Evidence shows", "Data show") open a
 * sentence with a capital and never name a person. So do the documents an organisation
 * issues ("the release said", "the lawsuit says", "the advisory warned").
 */
export const INSTITUTION_NOUNS = new Set(
  'ministry government office agency bureau authority authorities department embassy committee council court police sources source officials party parties administration company firm group union commission board bank spokespeople statement report reports study survey research evidence data findings analysis media outlet outlets newspaper paper poll polls people residents critics observers experts analysts giant maker retailer airline insurer lender watchdog manufacturer chipmaker automaker carmaker drugmaker broadcaster release releases lawsuit suit complaint indictment filing filings memo notice advisory order ruling website document documents petition affidavit guidance panel letter opposition military army navy tribunal hospital university institute foundation charity club team league network coalition district prosecution brigade militia studio publisher'.split(
    ' ',
  ),
);

/**
 * Head nouns of an unnamed person a news story quotes ("a senior official", "the
 * spokesperson", "a source familiar with the talks"): with no named holder in the
 * article, such a mention is an anonymous source, never a guess at a named person.
 */
export const ANONYMOUS_HEADS = new Set(
  'official officials spokesperson spokesman spokeswoman spokespeople aide aides source sources insider insiders person people diplomat diplomats officer officers staffer staffers adviser advisers advisor advisors witness witnesses resident residents member members employee employees executive executives lawmaker lawmakers analyst analysts expert experts victim victims juror jurors neighbour neighbours neighbor neighbors passenger passengers survivor survivors relative relatives friend friends parent parents pupil pupils supporter supporters critic critics protester protesters fan fans customer customers shopper shoppers participant participants questioner reporter reporters man men woman women boy boys girl girls'.split(
    ' ',
  ),
);

/** Words that open a mention of someone unnamed ("a spokesperson", "one official", "two people"). */
export const ANONYMOUS_OPENERS = new Set(
  'a an one two three four several some many other another senior'.split(' '),
);

/** Nouns of groups of unnamed people: their words are an anonymous source's, not an organisation's. */
export const CROWD_NOUNS = new Set(
  'people residents critics observers experts analysts officials sources source spokespeople witnesses protesters fans voters workers members lawmakers diplomats aides insiders medics paramedics rescuers rebels insurgents militants organisers organizers'.split(
    ' ',
  ),
);

/**
 * Words that make a capitalised name an organisation's ("European Commission", "Democratic
 * Party"): newspapers' ("… Valley Star", "… Register", "… Daily") and firms' ("… Management
 * LP", "… Capital", "… Ventures") and clubs' ("… Rovers", "… Athletic") among them.
 */
export const ORGANIZATION_WORDS = new Set([
  ...'commission ministry agency party government council committee court guard bank association university institute department office union corporation company group inc ltd llc plc times post news herald gazette review courier inquirer tribune chronicle observer telegraph examiner dispatch bulletin sentinel ledger agency embassy assembly parliament congress senate alliance federation foundation council board authority service police army navy force league club team center centre centers institute institution united city fc afc hotel restaurant cafe bakery studio studios lab labs laboratory show podcast laboratories system systems health technologies technology holdings partners capital fund trust network media press journal radio tv television magazine airlines airways motors energy school college academy hospital clinic mosque museum gallery library stadium arena house street avenue road square county prefecture state states province republic kingdom island islands nations bureau commission organization organisation coalition campaign project society programme program council corp co inc. ltd. co. llp ag sa gmbh agency airport railway railways star register mirror express globe monitor daily weekly lp management ventures investments securities associates enterprises industries rovers wanderers rangers athletic albion observatory branch markets policy'.split(
    ' ',
  ),
  // A police or fire department's abbreviation after its town ("Harbourton PD said").
  'pd',
  'fd',
  // A firm named after its founder, then its trade ("Ada Quill Developments", "Tomas Vell
  // & Sons", "Ada Quill Consulting said"): the trade word makes the name the firm's. (Not
  // "Law", "Art": surnames and given names as often; nor a portfolio's word, "Finance".)
  ...'developments design sons brothers properties homes estates construction builders consulting consultancy consultants solutions logistics engineering architects solicitors partnership pharmaceuticals therapeutics biosciences insurance advisory foods farms brewery distillery wines vineyards cooperative co-operative trading international global limited retail stores aviation shipping freight haulage rugby cricket athletics racing motorsport couture jewellers interiors marketing films productions records publishing publishers books entertainment events hospitality dental legal accountants'.split(
    ' ',
  ),
]);

/**
 * Areas and bodies that qualify a local office in lower case before its role word ("ward
 * councillor", "county commissioner", "parish council clerk", "school board trustee").
 */
export const OFFICE_AREA_WORDS: ReadonlySet<string> = new Set(
  'ward parish county district borough town village city municipal regional state school board council police'.split(
    ' ',
  ),
);

/** Verbs of a relative clause that says what someone does ("who chairs the association"). */
export const ROLE_VERBS = new Set(
  'leads chairs heads runs directs founded manages represents coaches edits owns'.split(' '),
);

/**
 * Words that make a quoted span a name or a term when they come right before it; among them
 * the kinds of a work, whose title follows ("his new drama “Low Tide,”", "the single
 * “Night Ferry.”").
 */
export const TERM_PRECEDERS = new Set(
  'a an the its his her their your this these those so-called self-declared self-styled self-proclaimed dubbed called named titled branded labelled labeled known term word phrase slogan outlet newspaper agency campaign programme program policy film movie drama documentary album single song book novel memoir musical sitcom opera poem'.split(
    ' ',
  ),
);

/** Nouns that make a quoted span a modifier when they follow it ("the “driver’s seat” approach"). */
export const TERM_FOLLOWERS = new Set(
  'approach policy campaign strategy initiative plan programme program slogan bill law project doctrine movement party label tag group era agenda vision model process summit deal framework'.split(
    ' ',
  ),
);

/**
 * Verbs a headline puts between a speaker and the words it gives after a colon ("Rovers
 * boss Quill slams his side: We were second best"), besides the speech verbs: headline
 * words for criticising or praising out loud.
 */
export const HEADLINE_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'slams blasts hits lashes rips fumes rages hails praises rues defends backs'.split(' '),
);

/** Words of the first person singular (subject and object forms, contractions, possessives). */
export const FIRST_PERSON_SINGULAR_WORDS: readonly string[] =
  "i i'm i’m i've i’ve i'd i’d i'll i’ll me my mine".split(' ');

/**
 * Prepositions of a time, a place or an occasion ("in May", "at a briefing", "after the
 * vote"): the words the lists of openers before a subject or after a verb share, each
 * adding its own.
 */
export const SETTING_PREPOSITIONS: readonly string[] = 'in on at during after before'.split(' ');

/**
 * Words right after a participle that opens a sentence ("Looking out over the field, he
 * …", "Walking into the hall …", "Praising the crews, …", "Dressed in black, she …"): a
 * particle, a preposition, a determiner or a pronoun. A surname that ends in "-ing" or
 * "-ed" and opens a sentence takes its verb instead ("Manning said", "Creed added"), so
 * before one of these the word is a participle, not a name (`nameRuns`).
 */
export const AFTER_OPENING_PARTICIPLE: ReadonlySet<string> = new Set(
  [
    'out over up down back in into on onto at to from with about around across through along',
    'toward towards after before behind past off away for by the a an his her their its this',
    'that these those our my your him them us it',
    // Quantifiers as determiners ("Giving some figures, he …", "Counting every acre, …").
    'some any every each all both several many much more most no',
  ]
    .join(' ')
    .split(' '),
);

/** The forms of "be": a passive's auxiliaries ("was urged"), and what a predicate follows ("was “…”"). */
export const BE_FORMS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'being',
]);

/** Auxiliaries of a passive ("was urged to quit", "got accused of …"): the subject is acted on. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...BE_FORMS,
  'get',
  'gets',
  'got',
]);

/** Marks that end a verb's short object or a reported span: a clause or a bracket begins. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '--',
  '(',
  ')',
]);

/** Personal pronouns that are a clause's subject ("he believes …", "Worse, he …"). */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set('he she they we i it'.split(' '));
/** Conjunctions that may open a sentence before its subject or opening phrase ("But the union …"). */
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/**
 * The plain words of the first person, singular and plural: a paragraph without quotation
 * marks that holds one is someone speaking in their own voice (`unmarkedVoice`,
 * `continuation`).
 */
export const FIRST_PERSON_WORDS: ReadonlySet<string> = new Set('i we my our me us'.split(' '));

/** First- and second-person words: a quoted span holding one is someone speaking. */
export const SPEAKING_WORDS = new Set([
  ...FIRST_PERSON_SINGULAR_WORDS,
  ..."we we're we’re we've we’ve we'll we’ll us our ours you your".split(' '),
]);

/** Longest quoted span (in words) that can still be a scare-quoted name or term. */
export const MAX_TERM_WORDS = 5;

/** A middle initial ("A." in "Jonas A. Whitfield"): one capital and a full stop, never the article or "I". */
export const INITIAL = /^\p{Lu}\.$/u;

/**
 * A paragraph that opens with a dateline's place in capitals, then a comma, a bracket or a
 * dash ("SEOUL, Nov. 2 (Yonhap) --", "TARROW, R.I. May 9, 2011 --", "WASHINGTON —").
 */
export const DATELINE_PLACE = /^\p{Lu}[\p{Lu} .'-]{2,}(?:,|\s*\(|\s+[—–-]{1,2}\s)/u;

/**
 * Subordinating conjunctions: each opens a clause with its own subject and verb ("although
 * he said …", "after Lee met …"). The one list of them (`Discourse`, `findReported`,
 * `findAttribution`, `coordinatedSubject`, `accordingTo`, and never part of a name:
 * `CLAUSE_WORDS`), in two parts: those of contrast, condition and cause (`while` and `since` read so too), and
 * those of time only.
 */
export const REASON_SUBORDINATORS: ReadonlySet<string> = new Set(
  'although though while whereas if unless because since'.split(' '),
);
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  ...REASON_SUBORDINATORS,
  ...'as when whenever after before until once'.split(' '),
]);

/**
 * Complex prepositions: a word that, with the preposition after it, opens a phrase
 * ("Ahead of the vote, …", "Prior to the hearing, …", "Compared with last year, …"). At a
 * sentence's start the word is capitalised, and names no one: keyed by the word, the
 * prepositions that make it one. ("Close to", "Next to" are left out: "Glenn Close to
 * star …" is a name.)
 */
export const COMPLEX_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  ahead: ['of'],
  prior: ['to'],
  thanks: ['to'],
  due: ['to'],
  owing: ['to'],
  contrary: ['to'],
  pursuant: ['to'],
  compared: ['with', 'to'],
  along: ['with'],
  together: ['with'],
  apart: ['from'],
  aside: ['from'],
  regardless: ['of'],
  irrespective: ['of'],
  instead: ['of'],
  because: ['of'],
};

/**
 * Words that are never part of a name: clause openers ("While Cho said …", "But Ri replied
 * …"), prepositions, adverbs, determiners and pronouns, which a sentence start capitalises
 * ("For Hamilton, …", "Once Fetter had …"), days of the week.
 */
export const CLAUSE_WORDS = new Set(
  [
    'and but or nor so yet which who whom whose where why how what whatever',
    ...SUBORDINATORS,
    'for once in on at by with from to of into onto upon about above below over under between among through throughout during until till within without against toward towards across behind beyond near inside outside despite per via than like unlike',
    // ("Alongside Ada Quill, …", "Amid …": more prepositions a sentence start capitalises.)
    'alongside amid amidst amongst beside besides beneath underneath atop aboard',
    'then now still also even just only already later earlier soon instead meanwhile elsewhere separately additionally likewise similarly overall ultimately recently previously currently initially eventually notably specifically afterwards however moreover furthermore nonetheless nevertheless otherwise thus hence therefore indeed perhaps maybe finally first second third last next today yesterday tomorrow tonight here there again always never often sometimes',
    'the a an this that these those some many most few several all both each every any no not none another other such',
    // Number words count people, never name one ("One of the patients, who …", "Two of the men").
    'one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands',
    'it its they them their we us our he him his she her i me my you your',
    'monday tuesday wednesday thursday friday saturday sunday',
    'according asked speaking writing talking meanwhile regarding concerning following including considering',
    // "Having admitted that …, how can he …", "Being a minister, she …": a participle clause.
    'having being',
    // Imperatives that open a headline or sentence ("Let Quill be Quill", "Let’s …"), never a name.
    "let let's let’s",
    // Degree adverbs a sentence start capitalises before the adverb they grade ("Quite
    // surprisingly, Holt …", "Rather oddly, …"): never a name.
    'quite rather very somewhat',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Places and institutions news names by one word, often as a speaker ("Washington said",
 * "the Kremlin said"): never a person, never a page's claimed speaker. The places are the
 * one gazetteer: countries, capitals and large cities, states, provinces and regions (a
 * capital speaks for its government: "Vilnius announced"). Places that are also common
 * given names ("Victoria", "Florence", "Adelaide", "Milan") are left out on purpose.
 */
export const PLACES = new Set(
  'washington london paris beijing moscow tokyo seoul pyongyang berlin brussels kyiv kiev jerusalem tehran baghdad kabul delhi mumbai shanghai taipei manila jakarta bangkok hanoi sydney canberra ottawa toronto madrid rome athens ankara istanbul cairo riyadh dubai doha geneva vienna warsaw prague budapest stockholm oslo copenhagen helsinki dublin edinburgh amsterdam lisbon nairobi lagos johannesburg pretoria havana caracas bogota lima santiago brasilia america china russia japan korea india france germany britain england scotland wales ireland israel iran iraq syria ukraine turkey egypt canada mexico brazil australia italy spain poland pakistan afghanistan taiwan vietnam cuba venezuela argentina nigeria kenya ethiopia sudan libya lebanon jordan qatar yemen greece sweden norway denmark finland switzerland austria belgium netherlands portugal hungary romania serbia georgia armenia azerbaijan kazakhstan mongolia singapore malaysia indonesia thailand philippines myanmar cambodia europe asia africa congress parliament pentagon kremlin whitehall westminster downing reuters ap afp bloomberg yonhap xinhua kyodo tass cnn bbc nasa nato opec unicef unesco google apple microsoft facebook meta amazon twitter youtube instagram tiktok whatsapp netflix reddit uber tesla samsung hyundai toyota boeing airbus alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming alberta ontario quebec manitoba saskatchewan albania algeria andorra angola bahamas bahrain bangladesh barbados belarus belize benin bhutan bolivia bosnia botswana brunei bulgaria burundi cameroon chile colombia comoros congo croatia cyprus czechia djibouti dominica ecuador eritrea estonia eswatini fiji gabon gambia ghana grenada guatemala guinea guyana haiti honduras iceland jamaica kiribati kosovo kuwait kyrgyzstan laos latvia lesotho liberia liechtenstein lithuania luxembourg madagascar malawi maldives mali malta mauritania mauritius micronesia moldova monaco montenegro morocco mozambique namibia nauru nepal nicaragua niger oman palau palestine panama paraguay peru rwanda samoa senegal seychelles slovakia slovenia somalia suriname tajikistan tanzania togo tonga tunisia turkmenistan tuvalu uganda uruguay uzbekistan vanuatu vatican zambia zimbabwe bucharest belgrade zagreb ljubljana bratislava vilnius riga tallinn minsk chisinau tbilisi yerevan baku astana tashkent bishkek dushanbe ashgabat islamabad karachi lahore peshawar quetta dhaka kathmandu colombo kolkata chennai bengaluru bangalore hyderabad saigon yangon naypyidaw vientiane ulaanbaatar osaka kyoto busan guangzhou shenzhen wuhan chongqing tianjin nanjing macau melbourne brisbane auckland beirut damascus amman ramallah haifa sanaa muscat manama tripoli tunis algiers rabat casablanca khartoum mogadishu kampala kigali bujumbura dodoma harare lusaka lilongwe maputo gaborone windhoek luanda kinshasa brazzaville yaounde abuja accra dakar bamako niamey ouagadougou conakry freetown monrovia abidjan cotonou libreville antananarivo durban guadalajara monterrey tijuana managua tegucigalpa medellin quito guayaquil montevideo asuncion valparaiso montreal vancouver calgary edmonton winnipeg chicago boston seattle detroit atlanta miami denver philadelphia baltimore pittsburgh manhattan hollywood petersburg novosibirsk vladivostok kharkiv odesa odessa lviv mariupol donetsk luhansk sevastopol naples turin venice munich frankfurt hamburg cologne stuttgart dusseldorf leipzig marseille lyon toulouse bordeaux strasbourg barcelona seville bilbao liverpool birmingham glasgow belfast cardiff zurich basel rotterdam antwerp krakow gdansk izmir jeddah mecca isfahan kandahar herat queensland tasmania bavaria catalonia andalusia lombardy siberia chechnya dagestan donbas kurdistan balochistan sindh assam manipur odisha rajasthan bengal telangana darfur tigray mindanao luzon sumatra aceh sabah sarawak yukon nunavut newfoundland gaza crimea tibet xinjiang hongkong kashmir punjab bihar gujarat kerala karnataka maharashtra'.split(
    ' ',
  ),
);

/** Lower-case particles inside a name ("Luis de Miranda", "Vincent van Gogh"). */
export const NAME_PARTICLES = new Set(
  'de del della der di da das dos du van von la le al el bin ibn'.split(' '),
);

/**
 * Words a title-cased name or title keeps in lower case ("Minister of Harbours", "Cabinet
 * Secretary for Public Relations", "Luis de Miranda"). A reader that joins titles over
 * "and" ("Minister of Trade and Industry") adds it after refusing two people joined by it.
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'on',
  'the',
  ...NAME_PARTICLES,
]);

/** A capitalised word of a name: initials, hyphens and apostrophes kept ("A.G.", "Quill-Holt", "O’Neill"). */
export const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * A surname's particle written joined to it with the surname's capital kept ("VanderMolen",
 * "FitzGerald", "DellaRocca", "VonHagen"): one name word, not two words run together.
 */
export const JOINED_PARTICLE =
  /^(?:Vander|Vonder|Vande|Van|Von|Fitz|Della|Delle|Dalla|Del|De|Di|Da|La|Le|Mac|Mc)\p{Lu}\p{Ll}+$/u;

/**
 * First words of a place, an organisation or a thing, never of a person's name ("South
 * Africa", "New Zealand", "United Nations", "British Bill", "Democratic Party"); a named
 * storm's ("Hurricane Ada", "Tropical Storm Ada", "Typhoon Ada") is a thing that "brings" or
 * "will affect" but never speaks.
 */
export const PLACE_FIRST_WORDS = new Set(
  'burkina hurricane typhoon cyclone tropical south north east west new united great saint san santa los las fort port mount lake cape british american chinese japanese korean french german russian indian european african asian australian canadian mexican israeli palestinian iranian iraqi syrian turkish ukrainian polish italian spanish dutch swedish brazilian egyptian saudi pakistani afghan english scottish welsh irish democratic republican conservative liberal labour federal national royal'.split(
    ' ',
  ),
);

/**
 * Honorifics conferred in Malaysia and Brunei and printed before a name by their papers
 * ("Tan Sri Ada Quill", "Datuk Seri Ada Quill", "Dato' Ada Quill", "Tun Dr Ada Quill"):
 * a title, never part of the name. The two-word ones are listed as their pairs, because
 * their first word alone may be a name ("Tan" is a surname) and their second alone too
 * ("Sri" opens given names).
 */
export const HONORIFIC_WORDS = new Set('Tun Datuk Dato Datin'.split(' '));
export const HONORIFIC_PAIRS = new Set([
  'Tan Sri',
  'Puan Sri',
  'Datuk Seri',
  'Datuk Sri',
  'Dato Seri',
  'Dato Sri',
  'Toh Puan',
  'Datin Seri',
  'Datin Paduka',
]);

/**
 * Words that make an office another one ("Prime Minister" is no "minister", "Vice
 * President" no "president", "Shadow Chancellor" no "chancellor"): a role phrase without
 * the word never means its holder.
 */
export const DISTINCT_OFFICE_WORDS = new Set(
  'prime vice deputy assistant shadow former'.split(' '),
);

/**
 * Parties' words that say whose office a role is ("the Conservative leader" is no "Liberal
 * Party leader Ada Quill"): a role phrase with one means only a holder whose title has it.
 */
export const PARTY_WORDS = new Set(
  'conservative liberal labour labor tory democratic republican'.split(' '),
);

/** A party's members as a group ("Democrats vowed …", "Tories said"): no person's surname. */
export const PARTY_MEMBERS = new Set(
  'democrats republicans conservatives liberals tories socialists nationalists'.split(' '),
);

/**
 * A government's portfolios, printed between "Minister for" and the minister's name
 * ("Minister for Finance Ada Quill", "Secretary of Health Ada Quill"): part of the title.
 * ("President of Hockey Operations Ada Quill": a club's or a company's department too.)
 */
export const PORTFOLIO_WORDS = new Set(
  'finance health education defence defense interior trade industry agriculture transport energy environment labour labor housing tourism communications culture justice foreign home affairs economy treasury operations information broadcasting commerce planning development immigration fisheries resources lands services relations experience experiences'.split(
    ' ',
  ),
);

/** Words joining portfolios in one office ("Information and Broadcasting", "Trade, Industry"). */
export const PORTFOLIO_JOINERS: ReadonlySet<string> = new Set(['and', '&', ',']);

/**
 * Letters printed after a name for a rank, an office or an honour ("Ada Quill QC", "Ada
 * Quill TD", "Ada Quill MP", "Ada Quill OBE"): a title, never part of the name. (A
 * generation, "Jr." or "III", is part of the name: it tells a father from a son.)
 */
export const POST_NOMINALS = new Set(
  'QC KC SC SAN MP TD MLA MLC MNA MPP MHA MHR MEP MSP AM MS MHK OBE CBE MBE KBE DBE GBE JP FRS PhD MD'.split(
    ' ',
  ),
);

/** A generation after a name ("Jr.", "Sr.", "III"): part of the name, never its surname. */
export const GENERATIONS = new Set('Jr Jr. Sr Sr. II III IV'.split(' '));

/**
 * Participles that report a court's decision on a defendant ("Quill was jailed for …",
 * "Quill was sentenced to …"): the defendant is the sentence's subject, but the words a
 * court report quotes next are mostly the judge's.
 */
export const COURT_OUTCOMES = new Set(
  'sentenced jailed convicted fined remanded imprisoned acquitted disqualified'.split(' '),
);

/**
 * Abbreviations whose period never ends a sentence, with every abbreviated title above
 * ("Vice Adm. Ada Quill", "the Rev. Ada Quill", "Maj. Gen. …").
 */
export const ABBREVIATIONS = new Set([
  ...'mr mrs ms dr prof gov sen rep gen lt col capt sgt st jr sr vs inc corp co ltd mt jan feb mar apr jun jul aug sep sept oct nov dec cllr coun approx dept est fig'.split(
    ' ',
  ),
  ...[...TITLES].filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1).toLowerCase()),
]);
