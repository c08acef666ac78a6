/**
 * A news page of `n` quotations for the page-scan benchmark (Node) and its end-to-end
 * measurement (Chromium): our own sentences of narration around quotations drawn from a
 * synthetic corpus, each given to a named person with a title or a role (so the extractor
 * reads a person, as on a news page). Of every ten: six exact, two with one word changed,
 * one given to another speaker of the corpus, one that no quote holds. Deterministic.
 */
import type { Corpus } from '../../lib/corpus/schema';
import { mulberry32, pick, type Random } from './mulberry32';
import type { SentenceSource } from './SentenceSource';

export type ScanQuoteKind = 'exact' | 'edited' | 'misattributed' | 'absent';

export interface ScanPageQuote {
  text: string;
  /** Who the page gives it to. */
  speaker: string;
  kind: ScanQuoteKind;
}

export interface ScanPage {
  html: string;
  quotes: ScanPageQuote[];
}

const GIVEN = (
  'Ada Mara Tomas Ines Jonas Lena Omar Priya Kenji Sofia Mateo Hana Elif Yusuf Nadia Pavel ' +
  'Greta Idris Noor Felix Clara Rafael Amira Jonah Leila Marta Oskar Farah Dmitri Astrid Kofi ' +
  'Zara Henrik Alma Tariq Ingrid Samir Rosa Emil Yara Lukas Nina Arjun Vera Hugo Maya Ivan Lucia Bruno Selma'
).split(' ');
const SURNAMES = (
  'Quill Lind Vell Roa Marsh Okafor Brandt Castell Novak Haddad Sato Ferreira Lindqvist Duarte ' +
  'Abara Kowal Mendes Rahimi Costa Holm Petrov Sandoval Aydin Moreau Kaplan Nilsen Otieno Bauer ' +
  'Herrera Sorensen Malik Varga Ibsen Torres Keller Adeyemi Strand Rossi Winter Halvorsen'
).split(' ');

const TITLES = ['Minister', 'Senator', 'Governor', 'Ambassador', 'Mayor', 'Professor'];
const ROLES = [
  'the port authority’s chief executive',
  'a senior fellow at the institute',
  'the council’s finance chair',
  'who leads the opposition bloc',
  'the ministry’s spokesperson',
];
const PLACES = ['Oslo', 'Lisbon', 'Nairobi', 'Seoul', 'Ottawa', 'Valparaíso'];
const NARRATION = [
  'The meeting ran past its scheduled end as delegates argued over the wording of the final statement.',
  'Outside the hall, a small crowd waited in the drizzle for news of the vote.',
  'The committee had spent most of the morning on procedural questions before the debate began.',
  'Several members asked for the figures to be published before any decision was taken.',
  'The chair called a short recess so that the two sides could compare their drafts.',
  'Reporters were allowed into the chamber only for the closing statements.',
];

/**
 * Gives the corpus's synthetic speakers ("Speaker 12") names a news page would print
 * ("Ada Quill"), each unique, in place (the segment is built after).
 */
export function nameSpeakers(corpus: Corpus): void {
  let i = 0;
  for (const s of corpus.speakers) {
    if (!s.id.startsWith('syn-')) continue;
    const given = GIVEN[i % GIVEN.length]!;
    const surname = SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length]!;
    const round = Math.floor(i / (GIVEN.length * SURNAMES.length));
    s.name = round === 0 ? `${given} ${surname}` : `${given} ${surname}-${round + 1}`;
    i++;
  }
}

/** A quote the page can quote: plain words of a readable length, no quotation marks. */
const usable = (text: string) =>
  text.length >= 60 && text.length <= 260 && !/["“”‘’«»]/.test(text) && !/'/.test(text);

const words = (s: string) => s.split(' ');

function edit(text: string, rnd: Random, source: SentenceSource): string {
  const ws = words(text);
  const at = 2 + Math.floor(rnd() * Math.max(1, ws.length - 4));
  ws[at] = source.editWord(rnd).replace(/'/g, '');
  return ws.join(' ');
}

/** The quotation as a sentence prints it before its closing mark: no final stop, then a comma. */
const asQuoted = (text: string) => text.replace(/[.!?,;:\s]+$/, '');

function paragraph(q: ScanPageQuote, i: number, rnd: Random): string {
  const said = asQuoted(q.text);
  switch (i % 4) {
    case 0:
      return `“${said},” said ${q.speaker}, ${pick(rnd, ROLES)}.`;
    case 1:
      return `${pick(rnd, TITLES)} ${q.speaker} told reporters in ${pick(rnd, PLACES)}: “${said}.”`;
    case 2:
      return `${pick(rnd, TITLES)} ${q.speaker} said: “${said}.”`;
    default:
      return `“${said},” said ${pick(rnd, TITLES).toLowerCase()} ${q.speaker}.`;
  }
}

export function makeScanPage(
  corpus: Corpus,
  source: SentenceSource,
  n = 50,
  seed = 20261201,
): ScanPage {
  const rnd = mulberry32(seed);
  const speakers = new Map(corpus.speakers.map((s) => [s.id, s.name]));
  const pool = corpus.quotes.filter((q) => q.speakerId?.startsWith('syn-') && usable(q.text));
  if (pool.length < n) throw new Error(`the corpus has only ${pool.length} usable quotes`);
  const quotes: ScanPageQuote[] = [];
  const step = Math.floor(pool.length / n);
  for (let i = 0; i < n; i++) {
    const quote = pool[i * step + Math.floor(rnd() * step)]!;
    const speaker = speakers.get(quote.speakerId!)!;
    const slot = i % 10;
    if (slot < 6) quotes.push({ text: quote.text, speaker, kind: 'exact' });
    else if (slot < 8)
      quotes.push({ text: edit(quote.text, rnd, source), speaker, kind: 'edited' });
    else if (slot === 8) {
      const other = pool[(i * step + step * 7) % pool.length]!;
      quotes.push({
        text: quote.text,
        speaker: speakers.get(other.speakerId!)!,
        kind: 'misattributed',
      });
    } else {
      let text = source.sentence(rnd);
      while (!usable(text)) text = source.sentence(rnd);
      quotes.push({ text, speaker, kind: 'absent' });
    }
  }
  const paragraphs = quotes.flatMap((q, i) => [pick(rnd, NARRATION), paragraph(q, i, rnd)]);
  const escapeHtml = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Fifty voices on the harbour plan</title></head>
  <body>
    <header class="site">The Morning Bulletin</header>
    <article>
      <h1>Fifty voices on the harbour plan</h1>
${paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n')}
    </article>
  </body>
</html>
`;
  return { html, quotes };
}
