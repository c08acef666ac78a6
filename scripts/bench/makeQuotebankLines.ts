/**
 * Deterministic Quotebank-format lines (quotation-centric: quoteID, quotation, speaker,
 * qids, date, numOccurrences, probas, urls, phase) for tests and benchmarks: our own
 * made-up sentences (makeSentence) and names, a share of unattributed ("None") quotations,
 * speakers with and without Wikidata ids (two people sharing a name, as in real data),
 * quotations that share their first URL, dates 2015–2020 in Quotebank's own form. Asked
 * for, it mixes in one line of each kind the issue calls bad, and says where they are.
 */
import { makeSentence } from './makeSentence';
import { mulberry32, pick, type Random } from './mulberry32';

const split = (s: string) => s.split('|');
const FIRST = split(
  'Ana|Bora|Calder|Dalia|Emeka|Farah|Goran|Hana|Ines|Jun|Kofi|Lena|Mateo|Nadia|Oskar|Priya|Quinn|Rosa|Sami|Tomas|Uma|Vera|Wen|Xavi|Yara|Zoran|Min-ji|Seo-yeon|Ji-ho|Haruto|Aiko|Chidi|Amara|Lucia|Pavel|Ingrid|Rafael|Noor|Kenji|Maren',
);
const LAST = split(
  'Albescu|Brandt|Castellane|Dunmore|Eriksen|Falconer|Gallardo|Hollis|Ibarra|Jorgensen|Kasprzak|Lindqvist|Moreau|Nakashima|Okonkwo|Petrova|Quintero|Rasmussen|Sorensen|Thibault|Underhill|Valdivia|Whitcombe|Xiong|Yilmaz|Zamora|Park|Choi|Yoon|Tanaka|Mbeki|Haddad|Novak|Ferreira|Lindgren|Osei|Varga|Kowal|Reyes|Abara',
);
const OUTLETS = split(
  'harbour-gazette|northern-ledger|valley-times|capital-review|coastal-post|metro-herald|evening-courier|daily-meridian|plains-observer|river-city-news|island-chronicle|summit-tribune',
);

/** Share of quotations Quotebank leaves unattributed ("None"). */
const NONE_SHARE = 0.3;
/** Share of attributed quotations whose speaker has no Wikidata id. */
const NO_QID_SHARE = 0.15;
/** Share of attributed quotations whose speaker Quotebank gives under an even chance. */
const WEAK_SHARE = 0.08;
/** Quotations a story holds on average (a new first URL every this many lines). */
const QUOTES_PER_STORY = 4;

export interface QuotebankLinesOptions {
  seed?: number;
  /** Mix in one bad line of each kind (positions in `badLineNumbers`). */
  bad?: boolean;
  /** Distinct people (a few share a name); default one per 20 lines, at least 50. */
  speakers?: number;
  /**
   * Makes a quotation's sentences: the political-speech grammar by default (a few hundred
   * words: the matcher's stress case), or `zipfSource().sentence` (real English words at
   * their real frequencies: the realistic corpus).
   */
  sentence?: (rnd: Random) => string;
}

/** The bad lines, each a kind the issue names, and what the import must say or do about it. */
export const BAD_KINDS = [
  'not JSON',
  'not an object',
  'no quotation',
  'quotation of 1 MB',
  'date that is not a date',
  'javascript: URL (kept, no link)',
  'HTML in the speaker name (kept as text)',
] as const;

export function badLineNumbers(lines: number): number[] {
  // Spread over the file, never on the first line (which tells the format).
  return BAD_KINDS.map((_, i) =>
    Math.max(2, Math.floor(((i + 1) * lines) / (BAD_KINDS.length + 1))),
  );
}

interface Person {
  name: string;
  qids: string[];
}

function people(rnd: Random, count: number): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < count; i++) {
    // Every 25th person shares the name of the one before, with another Wikidata id.
    const name =
      i % 25 === 24 && out[i - 1] ? out[i - 1]!.name : `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
    out.push({
      name,
      qids: rnd() < NO_QID_SHARE ? [] : [`Q${1000 + i * 7 + Math.floor(rnd() * 7)}`],
    });
  }
  return out;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function* makeQuotebankLines(
  count: number,
  options: QuotebankLinesOptions = {},
): Generator<string> {
  const rnd = mulberry32(options.seed ?? 20201116);
  const sentence = options.sentence ?? makeSentence;
  const cast = people(rnd, options.speakers ?? Math.max(50, Math.floor(count / 20)));
  const bad = new Map<number, number>(
    options.bad ? badLineNumbers(count).map((line, kind) => [line, kind]) : [],
  );
  let day = Date.UTC(2015, 0, 1);
  let story = '';
  for (let line = 1; line <= count; line++) {
    if (line % 200 === 1) day += 86_400_000; // files run in date order
    const date = new Date(day).toISOString().slice(0, 10);
    if (rnd() < 1 / QUOTES_PER_STORY || story === '') {
      story = `https://www.${pick(rnd, OUTLETS)}.example/${date.replaceAll('-', '/')}/story-${pad(line, 7)}`;
    }
    const quotation = rnd() < 0.2 ? `${sentence(rnd)} ${sentence(rnd)}` : sentence(rnd);
    const none = rnd() < NONE_SHARE;
    const who = pick(rnd, cast);
    const p = none ? 0 : rnd() < WEAK_SHARE ? 0.3 + rnd() * 0.19 : 0.5 + rnd() * 0.5;
    const other = pick(rnd, cast);
    const probas = none
      ? [
          ['None', (0.5 + rnd() * 0.5).toFixed(4)],
          [other.name, (rnd() * 0.3).toFixed(4)],
        ]
      : [
          [who.name, p.toFixed(4)],
          ['None', ((1 - p) * 0.7).toFixed(4)],
          [other.name, ((1 - p) * 0.3).toFixed(4)],
        ];
    const occurrences = 1 + Math.floor(-Math.log(1 - rnd()) * 2);
    const urls = [story];
    for (let k = 1; k < Math.min(occurrences, 8); k++) {
      urls.push(`https://${pick(rnd, OUTLETS)}.example/news/${pad(Math.floor(rnd() * 1e7), 7)}`);
    }
    const record: Record<string, unknown> = {
      quoteID: `${date}-${pad(line, 6)}`,
      quotation,
      speaker: none ? 'None' : who.name,
      qids: none ? [] : who.qids,
      date: `${date} ${pad(Math.floor(rnd() * 24), 2)}:${pad(Math.floor(rnd() * 60), 2)}:00`,
      numOccurrences: occurrences,
      probas,
      urls,
      phase: 'E',
    };
    const kind = bad.get(line);
    yield kind === undefined ? JSON.stringify(record) : badLine(kind, record);
  }
}

function badLine(kind: number, record: Record<string, unknown>): string {
  switch (BAD_KINDS[kind]) {
    case 'not JSON':
      return JSON.stringify(record).slice(0, 40);
    case 'not an object':
      return JSON.stringify([record.quotation, record.speaker]);
    case 'no quotation': {
      const { quotation: _, ...rest } = record;
      return JSON.stringify(rest);
    }
    case 'quotation of 1 MB':
      return JSON.stringify({ ...record, quotation: 'word '.repeat(200_000) });
    case 'date that is not a date':
      return JSON.stringify({ ...record, date: 'the day after the election' });
    case 'javascript: URL (kept, no link)':
      return JSON.stringify({ ...record, urls: ['javascript:alert(document.domain)'] });
    default:
      return JSON.stringify({
        ...record,
        speaker: '<img src=x onerror=alert(1)>Ana Petrova',
        probas: [],
      });
  }
}
