/**
 * Realistic synthetic quotations: a political-speech grammar of independent parts
 * (opener, subject, verb, object, place, time or purpose tail, optional second clause),
 * each drawn from word lists, so that two sentences rarely share more than a part.
 */
import { pick, type Random } from './mulberry32';

const split = (s: string) => s.split('|');

const OPENERS = split(
  '|||||I believe that|We must recognise that|It is clear that|Let me be clear:|As I have said before,|The truth is that|I am convinced that|Our position is that|Nobody should doubt that|I want to stress that|We all know that|It is my firm view that|Frankly,|In my judgment,|For too long,|Today,|From now on,|Above all,|Once again,|Make no mistake:',
);
const ADJ = split(
  'national|regional|economic|military|diplomatic|democratic|social|industrial|financial|public|private|foreign|domestic|nuclear|digital|green|rural|urban|local|federal|global|maritime|strategic|humanitarian|educational|medical|agricultural|fiscal|monetary|legal|cultural|scientific|technological|political|environmental|historic|modern|traditional|independent|joint|bilateral|multilateral|provincial|civil|commercial|electoral|constitutional|judicial|ambitious|fragile|costly|urgent|reckless|sustainable|transparent|corrupt|outdated|innovative|fair|unfair|balanced|aggressive|peaceful|hostile|stable|volatile|affordable|expensive|efficient|wasteful|reliable|secret|ancient|crumbling|emerging|struggling|thriving|neglected|ambiguous|decisive|cautious|bold|gradual|sudden|temporary|permanent|northern|southern|eastern|western|coastal|inland|mountain|island|frontier|metropolitan|suburban|indigenous|migrant|veteran|youthful|elderly|working|middle-class|wealthy|impoverished|overcrowded|underfunded|overdue|promised|failed|successful|historic|controversial|popular|unpopular',
);
const NOUN = split(
  'government|alliance|economy|policy|agreement|partnership|reform|budget|program|strategy|market|industry|system|sector|community|coalition|council|committee|ministry|parliament|court|army|navy|border|region|union|network|infrastructure|framework|initiative|investment|trade|export|currency|energy|healthcare|education|housing|security|defense|election|campaign|dialogue|summit|treaty|sanction|negotiation|cooperation|development|growth|recovery|crisis|stability|transition|innovation|research|workforce|pension|tax|tariff|subsidy|railway|harbor|airport|pipeline|grid|reserve|fund|bank|constitution|law|regulation|mandate|vote|referendum|province|capital|city|village|coastline|frontier|hospital|school|university|factory|shipyard|mine|farm|forest|river|dam|bridge|highway|tunnel|port|refinery|laboratory|museum|library|police|judiciary|press|media|broadcaster|newspaper|church|temple|charity|pension fund|insurance scheme|welfare state|labor market|housing market|stock market|bond market|supply chain|power plant|water supply|sewage system|rail network|road network|broadband network|satellite program|space agency|coast guard|air force|intelligence service|tax office|customs service|central bank|trade union|farmers association|chamber of commerce|business lobby|opposition party|ruling party|city council|regional assembly|supreme court|electoral commission|audit office|health service|school system|university system|research council|steel industry|car industry|chip industry|shipping industry|fishing fleet|tourism sector|tech sector|energy sector|banking sector|retail sector|farming sector|housing program|vaccine program|peace process|reunification plan|aid package|stimulus package|rescue plan|climate plan|recovery plan|budget deficit|public debt|trade deficit|minimum wage|retirement age|birth rate|jobless rate|inflation rate|interest rate|exchange rate',
);
const VERB_BASE = split(
  'strengthen|protect|ignore|undermine|support|reform|expand|defend|improve|restore|rebuild|review|abandon|weaken|serve|transform|reconsider|fund|modernize|damage|secure|rescue|betray|guarantee|rethink|lead|open|close|stabilize|neglect|welcome|challenge|respect|finance|renew|deliver|accelerate|slow|protect|privatize|nationalize|regulate|deregulate|audit|investigate|replace|merge|split|relocate|upgrade|repair|dismantle|freeze|unfreeze|double|halve|cut|raise|lower|extend|shorten|simplify|digitize|decentralize|centralize|subsidize|tax|exempt|compensate|reward|punish|sanction|recognize|reject|approve|veto|delay|postpone|launch|suspend|resume|cancel|revive|overhaul|streamline|monitor|inspect|safeguard|secure|insure|rebuild|reopen|shut down|scale back|scale up|speed up|clean up|open up|hand over|take over|look into|stand by|pay for|fight for|push for|call for|vote for|vote against',
);
const MODALS = split(
  'will|must|should|cannot|will not|must never|is ready to|needs to|wants to|has promised to|refuses to|is going to|plans to|has decided to|is determined to|has failed to|intends to|hopes to|is prepared to|will soon|may have to|would never|is about to|has agreed to|is trying to',
);
const PLACES = split(
  'Korea|Japan|China|the United States|Europe|Germany|France|Turkey|India|Brazil|Canada|Australia|Vietnam|Indonesia|Mexico|Egypt|Nigeria|Kenya|Poland|Italy|Spain|Sweden|Norway|Chile|Peru|Argentina|Thailand|Malaysia|the Philippines|Mongolia|Kazakhstan|Ukraine|Britain|Ireland|the Netherlands|Belgium|Austria|Greece|Portugal|Finland|Denmark|Iceland|Estonia|Latvia|Lithuania|Romania|Bulgaria|Hungary|Czechia|Slovakia|Croatia|Serbia|Morocco|Tunisia|Ghana|Senegal|Ethiopia|Tanzania|Angola|Zambia|South Africa|Pakistan|Bangladesh|Sri Lanka|Nepal|Cambodia|Laos|Singapore|New Zealand|Fiji|Colombia|Ecuador|Bolivia|Uruguay|Paraguay|Venezuela|Cuba|Jamaica|Panama|Costa Rica|Guatemala|Honduras|Seoul|Busan|Tokyo|Osaka|Beijing|Shanghai|Berlin|Paris|Madrid|Rome|Lisbon|Warsaw|Vienna|Prague|Athens|Istanbul|Ankara|Cairo|Lagos|Nairobi|Mumbai|Delhi|Jakarta|Manila|Hanoi|Bangkok|Sydney|Toronto|Chicago|Boston|Denver|Lima|Santiago|our country|the region|the peninsula|the capital|the provinces|the south|the north|the coast|the border areas|our cities|the islands|the valley|the delta|the highlands|the old industrial towns',
);
const TAILS = split(
  'over the next # years|within # months|before the end of the year|for the sake of our children|in close cooperation with our allies|regardless of the outcome|as soon as possible|without any delay|step by step|at any cost|for the first time in # years|with the support of the people|in line with the constitution|through dialogue and trust|by # percent|despite the difficulties|in a balanced way|with a sense of responsibility|for future generations|on the basis of mutual respect|under any circumstances|in the coming weeks|after careful consideration|within the framework of international law|until the job is done|with full transparency|at the national level|in every corner of the country|without raising taxes|in partnership with business',
);
const PREPOSITIONS = split(
  'despite|because of|through|without|alongside|for|against|within|beyond|after|before|during|by way of|in spite of|together with|instead of|on behalf of|in response to',
);
const NUMBERS = split(
  'two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty|thirty|50|100|3|7|15',
);
const LINKS = split(', and|, but|, while|, because|, so|; meanwhile,|, even though|, although');

function clause(rnd: Random): string {
  const subject = `the ${pick(rnd, ADJ)} ${pick(rnd, NOUN)}`;
  const object = `the ${pick(rnd, ADJ)} ${pick(rnd, NOUN)} of ${pick(rnd, PLACES)}`;
  const tail =
    rnd() < 0.25
      ? pick(rnd, TAILS).replace('#', pick(rnd, NUMBERS))
      : `${pick(rnd, PREPOSITIONS)} the ${pick(rnd, ADJ)} ${pick(rnd, NOUN)}`;
  const subj =
    rnd() < 0.35
      ? pick(rnd, ['we', 'I', 'this government', 'our party', 'my administration', 'the people'])
      : subject;
  let verb = `${pick(rnd, MODALS)} ${pick(rnd, VERB_BASE)}`;
  if (subj === 'we' || subj === 'I' || subj === 'the people') {
    verb = verb.replace(/^is /, subj === 'I' ? 'am ' : 'are ').replace(/^has /, 'have ');
  }
  return `${subj} ${verb} ${object} ${tail}`;
}

export function makeSentence(rnd: Random): string {
  // Stock phrases open a quarter of the sentences, as in speech; most start plainly.
  const opener = rnd() < 0.25 ? pick(rnd, OPENERS) : '';
  let s = clause(rnd);
  if (rnd() < 0.55) s += `${pick(rnd, LINKS)} ${clause(rnd)}`;
  const text = `${opener ? `${opener} ` : ''}${s}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words for edits: any one-word content word of the grammar (an edit changes one word). */
export const EDIT_WORDS: readonly string[] = [...ADJ, ...NOUN, ...PLACES].filter(
  (w) => !w.includes(' '),
);
