/**
 * Nationalities as news prints them, each line a country: its name, then the words for its
 * people. A word marked `*` names ONE person of it ("the Spaniard", "the German", "the
 * Argentine"); the others describe ("Spanish coach Ada Quill") or name a whole people or
 * government ("the French said", "the Chinese said"), never one person. Closed on purpose:
 * a nationality missing here only means a role phrase is left unattributed.
 */
const TABLE = `spain spanish spaniard*
france french frenchman* frenchwoman*
netherlands dutch dutchman* dutchwoman* holland
england english englishman* englishwoman*
scotland scottish scot* scotsman* scotswoman*
wales welsh welshman* welshwoman*
ireland irish irishman* irishwoman*
britain british briton*
germany german*
italy italian*
portugal portuguese
belgium belgian*
switzerland swiss
austria austrian*
sweden swedish swede*
norway norwegian*
denmark danish dane*
finland finnish finn*
poland polish pole*
russia russian*
ukraine ukrainian*
greece greek*
turkey turkish turk*
croatia croatian* croat*
serbia serbian* serb*
hungary hungarian*
romania romanian*
bulgaria bulgarian*
iceland icelandic icelander*
america american*
canada canadian*
mexico mexican*
brazil brazilian*
argentina argentine* argentinian* argentinean*
uruguay uruguayan*
colombia colombian*
chile chilean*
peru peruvian*
jamaica jamaican*
australia australian* aussie*
japan japanese
china chinese
korea korean*
india indian*
pakistan pakistani*
nigeria nigerian*
ghana ghanaian*
kenya kenyan*
egypt egyptian*
morocco moroccan*
senegal senegalese
cameroon cameroonian*
ethiopia ethiopian*
israel israeli*
iran iranian*
malaysia malaysian*
singapore singaporean*
philippines filipino* filipina*`;

/**
 * Each word (lower case) → its country; whether it names one person; whether it is the
 * country's name; whether it is a noun only ("Spaniard", not the adjective "Spanish").
 */
interface Demonym {
  country: string;
  person: boolean;
  name: boolean;
  noun: boolean;
}
const WORDS: ReadonlyMap<string, Demonym> = new Map(
  TABLE.split('\n').flatMap((line): [string, Demonym][] => {
    const [country, ...people] = line.split(' ');
    return [
      [country!, { country: country!, person: false, name: true, noun: false }],
      ...people.map((w, i): [string, Demonym] => [
        w.replace('*', ''),
        { country: country!, person: w.endsWith('*'), name: false, noun: i > 0 && w.endsWith('*') },
      ]),
    ];
  }),
);

/**
 * Shortest nationality noun read as a title before a name: "Scot", "Dane", "Finn",
 * "Pole" and "Turk" are given names and surnames as well ("Scot Petersen said").
 */
const MIN_TITLE_NOUN = 5;

/**
 * True for a nationality noun that opens a name as a title ("Spaniard Ada Quill",
 * "Dutchman Pieter Aalst", "Swede Nils Berg"): it is no one's given name.
 */
export function isNationalityNoun(word: string): boolean {
  return (
    WORDS.get(word.toLowerCase())?.noun === true &&
    word.length >= MIN_TITLE_NOUN &&
    /^\p{Lu}/u.test(word)
  );
}

/**
 * The country a capitalised word says a person is from ("Spanish", "Spaniard", "Spain"),
 * or null. `oneOnly`: only a word that names one person ("the Spaniard"; "the French" is a
 * people). `namesOnly`: only the country's own name ("Ada Quill of Spain").
 */
export function countryOf(
  word: string,
  { oneOnly = false, namesOnly = false }: { oneOnly?: boolean; namesOnly?: boolean } = {},
): string | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  const found = WORDS.get(word.toLowerCase().replace(/[’']s$/, ''));
  if (!found || (oneOnly && !found.person) || (namesOnly && !found.name)) return null;
  return found.country;
}
