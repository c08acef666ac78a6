/**
 * One Quotebank line (quotation-centric: `quoteID`, `quotation`, `speaker`, `qids`, `date`,
 * `numOccurrences`, `probas`, `urls`, `phase`), already parsed as JSON, into what Quote
 * Check keeps of it, or the reason the line is skipped. Everything in it is untrusted:
 * text stays text (a speaker name with markup is kept as plain text and noted), and only
 * an http(s) URL becomes a link.
 */
import { WIKIDATA_ID } from '../corpus/schema';
import { isIsoDate } from '../extract/isIsoDate';
import { err, ok, type Result } from '../result';
import { IMPORT_CONFIG } from './importConfig';

export interface QuotebankRecord {
  /** Quotebank's `quoteID` when it is a plain id (letters, digits, `-`, `_`, `.`), else `null`. */
  quoteId: string | null;
  quotation: string;
  /** `null`: unattributed (`"None"`, no speaker, or one Quotebank itself doubts). */
  speaker: string | null;
  /** Wikidata ids of the speaker (empty when unattributed). */
  qids: string[];
  /** `YYYY-MM-DD`, or `null` when the line gives no date. */
  date: string | null;
  /** The first source URL when it is http(s), else `null`. */
  url: string | null;
  /** The URL's host without `www.`, or `null` with no URL. */
  outlet: string | null;
  /** The line named a speaker Quotebank gave less than an even chance: imported unattributed. */
  weakSpeaker: boolean;
  /** What was changed to keep the line (a link not made, markup kept as text, ids dropped). */
  notes: string[];
}

const PLAIN_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** `2020-01-16`, `2020-01-16 12:00:00` (Quotebank's own), or ISO 8601 with a time and zone. */
const DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A tag (`<b>`, `</a>`, `<img …>`) or an entity (`&amp;`, `&#60;`). */
const MARKUP = /<\/?[a-z!][^<>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i;

const kindOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`;

/** A value quoted in a reason, cut so one bad line cannot flood the summary. */
const shown = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

export function parseQuotebankLine(value: unknown): Result<QuotebankRecord, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return err(`not a JSON object (got ${kindOf(value)})`);
  }
  const o = value as Record<string, unknown>;
  const notes: string[] = [];

  if (o.quotation === undefined) {
    return err(
      Array.isArray(o.quotations)
        ? 'an article-centric Quotebank line ("quotations"): import the quotation-centric files (quotes-YYYY.json)'
        : 'no "quotation"',
    );
  }
  if (typeof o.quotation !== 'string') {
    return err(`"quotation" must be a string, got ${kindOf(o.quotation)}`);
  }
  const quotation = o.quotation.trim();
  if (quotation === '') return err('"quotation" is empty');
  if (quotation.length > IMPORT_CONFIG.maxQuoteChars) {
    return err(
      `"quotation" has ${quotation.length.toLocaleString('en')} characters, over the cap of ${IMPORT_CONFIG.maxQuoteChars.toLocaleString('en')}`,
    );
  }

  const speakerField = o.speaker;
  if (speakerField !== undefined && speakerField !== null && typeof speakerField !== 'string') {
    return err(`"speaker" must be a string, got ${kindOf(speakerField)}`);
  }
  let speaker = typeof speakerField === 'string' ? speakerField.trim() : '';
  if (speaker === 'None') speaker = '';
  if (speaker.length > IMPORT_CONFIG.maxSpeakerChars) {
    return err(
      `"speaker" has ${speaker.length} characters, over the cap of ${IMPORT_CONFIG.maxSpeakerChars}`,
    );
  }
  if (MARKUP.test(speaker)) {
    notes.push(
      `speaker name ${shown(speaker)} looks like HTML; kept as plain text, never rendered as HTML`,
    );
  }
  const weakSpeaker = speaker !== '' && isWeak(o.probas, speakerField as string);
  if (weakSpeaker) speaker = '';

  let qids: string[] = [];
  if (speaker !== '' && o.qids !== undefined && o.qids !== null) {
    const given = Array.isArray(o.qids) ? o.qids : [o.qids];
    qids = given.filter((q): q is string => typeof q === 'string' && WIKIDATA_ID.test(q));
    if (qids.length < given.length) {
      notes.push(`"qids": left out ${given.length - qids.length} that are not Wikidata ids (Q…)`);
    }
  }

  let date: string | null = null;
  if (o.date !== undefined && o.date !== null) {
    const m = typeof o.date === 'string' ? DATE.exec(o.date.trim()) : null;
    if (!m || !isCalendarDate(m[1]!)) {
      return err(
        `"date" is not a date: ${typeof o.date === 'string' ? shown(o.date) : kindOf(o.date)}`,
      );
    }
    date = m[1]!;
  }

  const link = firstLink(o.urls);
  if (link.note) notes.push(link.note);

  return ok({
    quoteId: typeof o.quoteID === 'string' && PLAIN_ID.test(o.quoteID) ? o.quoteID : null,
    quotation,
    speaker: speaker === '' ? null : speaker,
    qids,
    date,
    url: link.url,
    outlet: link.host?.replace(/^www\./, '') ?? null,
    weakSpeaker,
    notes,
  });
}

/**
 * `isIsoDate`, remembering the last answer: Quotebank files run in date order, so
 * thousands of lines in a row share a date (and the check builds a Date).
 */
let lastDate = '';
let lastDateOk = false;
function isCalendarDate(day: string): boolean {
  if (day !== lastDate) {
    lastDate = day;
    lastDateOk = isIsoDate(day);
  }
  return lastDateOk;
}

/** True when `probas` gives the named speaker less than IMPORT_CONFIG.minSpeakerProbability. */
function isWeak(probas: unknown, speaker: string): boolean {
  if (!Array.isArray(probas)) return false;
  for (const entry of probas) {
    if (Array.isArray(entry) && entry[0] === speaker) {
      const p = Number(entry[1]);
      return Number.isFinite(p) && p < IMPORT_CONFIG.minSpeakerProbability;
    }
  }
  return false;
}

/**
 * The article link: the first of `urls`, when it is an http(s) URL. Any other (a
 * `javascript:` or `data:` URL, a relative path, something too long) is not linked: the
 * quotation is kept without a link or outlet, and a note says why.
 */
function firstLink(urls: unknown): { url: string | null; host?: string; note?: string } {
  if (urls === undefined || urls === null) return { url: null };
  if (!Array.isArray(urls)) return { url: null, note: `"urls" is not a list; kept without a link` };
  const first = urls[0];
  if (first === undefined) return { url: null };
  if (typeof first !== 'string') {
    return { url: null, note: `first URL is ${kindOf(first)}, not text; kept without a link` };
  }
  const text = first.trim();
  if (text.length > IMPORT_CONFIG.maxUrlChars) {
    return {
      url: null,
      note: `first URL has ${text.length} characters, over the cap of ${IMPORT_CONFIG.maxUrlChars}; kept without a link`,
    };
  }
  let parsed: URL | null = null;
  try {
    parsed = new URL(text);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return { url: null, note: `URL ${shown(text)} is not http(s); kept without a link` };
  }
  return { url: text, host: parsed.hostname };
}
