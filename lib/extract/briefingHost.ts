import { parseNameRun } from './parseNameRun.ts';
import { NAME_WORD, TITLE_SMALL_WORDS } from './patterns.ts';
import { tokenize } from './tokenize.ts';

/**
 * The title of a briefing's or interview's transcript naming who answers: "Weekly Briefing
 * by Spokesperson Holt Tarrow", "Press Briefing by Press Secretary Ada Quill 4/10/23
 * Transcript", "Q&A with Ada Quill", "… interview: Ada Quill", "Ada Quill talks about …".
 */
const HOST_AFTER =
  /\b(?:briefing|press conference|news conference|interview|Q&A|Q\s*and\s*A)\s*(?:(?:by|with)\s+|:\s*)(.+)$/i;
/**
 * "Ada Quill talks about her new novel, the islands and …", "Ada Quill talks to us about …":
 * an interview's title naming the one person who talks.
 */
const HOST_TALKS = /^(.+?)\s+(?:talks|speaks|chats)\s+(?:(?:to|with)\s+\S+(?:\s+\S+)?\s+)?about\s/i;
/** "Foreign Ministry Spokesperson Ada Quill's Regular Press Conference on …". */
const HOST_BEFORE =
  /^(.+?)['’]s\s+(?:(?:regular|daily|weekly|special)\s+)?(?:press\s+|news\s+)?(?:briefing|conference)\b/i;
/** Lower-case words of a title or a name, "and" among them (two people joined by it are refused first). */
const SMALL_WORDS = new Set([...TITLE_SMALL_WORDS, 'and']);
/** What a title prints after the name: a date, "Transcript", "(Excerpt)". */
const TRAILER = /\s+(?:(?:on|at)\s+.*|\d.*|transcript\b.*|\(.*\))$/i;

/**
 * The full name (with its title) of the one person a transcript's title says answers its
 * questions, or null: a title naming two people ("… by Ada Quill and Ben Holt"), only a
 * role ("Media Session by the Deputy Harbour Minister") or a surname names no host.
 */
export function briefingHost(title: string): string | null {
  const m = HOST_BEFORE.exec(title) ?? HOST_AFTER.exec(title) ?? HOST_TALKS.exec(title);
  if (!m) return null;
  if (/\s(?:and|&)\s/.test(m[1]!)) return null;
  // "An interview with Ada Quill, the harbour minister": the name before its apposition.
  const phrase = m[1]!.split(',')[0]!.replace(TRAILER, '').trim();
  // A name and its title are capitalised ("Minister of Harbours Ada Quill"); "Q&A: Why the
  // ports are changing hands" names nobody.
  if (!phrase.split(/\s+/).every((w) => NAME_WORD.test(w) || SMALL_WORDS.has(w))) return null;
  const run = parseNameRun(tokenize(phrase));
  return run && run.name.length >= 2 ? phrase : null;
}
