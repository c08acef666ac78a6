import type { Subject } from '../findSubject.ts';
import { nameRuns } from '../nameRuns.ts';
import { parseNameRun } from '../parseNameRun.ts';
import { TOPIC_LABEL } from '../patterns.ts';
import type { Person } from '../types.ts';
import { afterOpeningQuote } from './afterOpeningQuote.ts';
import { attributed, linkable } from './attributionsOf.ts';
import { peopleNamed } from './peopleNamed.ts';
import { strongPeople, trustedMention } from './strongPeople.ts';
import type { ArticleDoc, Candidate, Para, Sieve } from './types.ts';

/**
 * Longest topic line read as a label: a press conference's topics run to a clause ("On if
 * the plant's closing was a warning to the union:"), never to a paragraph of narration.
 */
const MAX_LABEL_CHARS = 200;

/**
 * Most answer paragraphs read between the introduction and the first topic line: the one
 * answer of a first topic the page lost, and its continuation. More, and the paragraphs
 * are a story's own quotations rather than a transcript's.
 */
const MAX_UNLABELLED_ANSWERS = 2;

/**
 * How a topic printed on a line of its own above the answer opens: "On the game:", "About
 * the new stand", "Asked about the transfer window:" (`isTopic` reads the rest).
 */
const TOPIC_LINE = /^(?:and\s+)?(?:on|about|asked about|regarding|reflecting on)\s\S/i;
/** A line's closing mark, perhaps before a closing quote or bracket: a sentence of narration, never a topic. */
const CLOSED = /[.!?]["”’)]?$/;

/**
 * Words before a name that make the person the topic of the introduction, not whose words
 * follow: "what the captain said about Ada Quill", "a photo by Ada Quill".
 */
const NOT_THE_SPEAKER = new Set([
  'about',
  'of',
  'by',
  'against',
  'on',
  'to',
  'at',
  'for',
  'regarding',
]);

/**
 * A topic line's words: a topic's opening, no longer than a label, ending in a colon or in
 * no closing mark at all (a sentence of narration ends in a full stop).
 */
const isTopic = (text: string) =>
  text.length <= MAX_LABEL_CHARS && TOPIC_LINE.test(text) && !CLOSED.test(text);

/** A paragraph that is a topic line: not the headline, and no quotation opens it. */
const isTopicLine = (para: Para) =>
  // (Right under the headline, the first topic may be read as its standfirst.)
  para.role !== 'headline' && isTopic(para.text.trim()) && !para.spans.some((s) => s.open === 0);

/**
 * A paragraph of the answer: it opens with a quotation mark, or a label glued to one ("On
 * the game: “…”"), or its quotation runs from its start with the opening mark lost or
 * mismatched ("‘…”": `open` -1).
 */
const isAnswer = (para: Para) =>
  para.role === 'body' && ((para.spans[0]?.open ?? 1) <= 0 || TOPIC_LABEL.test(para.text));

/**
 * A press conference or interview printed as topics and answers under an introduction that
 * names the one person answering: "Hear from head coach Ada Quill after the match." /
 * "On the result:" / "“…”" / "On the new signing:" / "“…”". Each topic line and the quoted
 * paragraphs under it are that person's. The introduction is the paragraph right above the
 * first topic line: its last attributed quotation's speaker, else the one person it names
 * (never one named as its topic, "what the captain said about Ada Quill"). A run ends at
 * any other paragraph, at a quotation already given to someone, or at a person named in
 * an answer's narration; with no speaker, or two people named, it stays open.
 */
export const topicLines: Sieve = {
  name: 'topic-lines',
  run(doc) {
    let link: Candidate['link'] = null;
    let inRun = false;
    // The introduction above a run's first topic, read back over the answers of a first
    // topic the page lost (they stand right under it, before the next topic line).
    const start = (first: number) => {
      let intro = first - 1;
      const lead: Para[] = [];
      while (
        lead.length < MAX_UNLABELLED_ANSWERS &&
        intro >= 0 &&
        isOpenAnswer(doc, doc.paras[intro]!)
      )
        lead.unshift(doc.paras[intro--]!);
      link = introSpeaker(doc, doc.paras[intro], this.name);
      if (link) for (const answer of lead) linkAnswer(doc, answer, link);
    };
    for (const para of doc.paras) {
      if (isTopicLine(para)) {
        if (!inRun) start(para.index);
        inRun = true;
        continue;
      }
      // A topic the page prints as a heading right above its answer.
      if (!inRun && isTopic(para.heading?.trim() ?? '')) {
        start(para.index);
        inRun = true;
      }
      if (!inRun || !link || !isOpenAnswer(doc, para)) {
        inRun = false;
        continue;
      }
      linkAnswer(doc, para, link);
    }
  },
};

/**
 * An answer no one has been given yet: a paragraph of the answer (`isAnswer`) none of
 * whose quotations is attributed, with no person named in its narration.
 */
function isOpenAnswer(doc: ArticleDoc, para: Para): boolean {
  if (!isAnswer(para)) return false;
  const here = doc.candidates.filter((c) => c.para === para.index && c.kind === 'direct');
  return !here.some(attributed) && peopleNamed(doc, afterOpeningQuote(para)).length === 0;
}

/** Gives the answer paragraph's open direct quotations the run's link. */
function linkAnswer(doc: ArticleDoc, para: Para, link: NonNullable<Candidate['link']>): void {
  for (const c of doc.candidates)
    if (c.para === para.index && c.kind === 'direct' && linkable(c)) c.link = link;
}

/** Who the paragraph above a run of topic lines says answers them, as a link; null when it does not say. */
function introSpeaker(doc: ArticleDoc, intro: Para | undefined, sieve: string): Candidate['link'] {
  if (!intro || isTopicLine(intro)) return null;
  const last = doc.candidates
    .filter((c) => c.para === intro.index && c.kind === 'direct' && attributed(c))
    .at(-1);
  if (last) return { sieve, sameAs: last.id };
  if (doc.candidates.some((c) => c.para === intro.index && c.kind === 'direct')) return null;
  const people = new Set<Person>();
  for (const sentence of intro.sentences) {
    for (const { run, start } of nameRuns(sentence.tokens)) {
      const found = strongPeople(doc, parseNameRun(run));
      if (found.length === 0) continue;
      // "… said about Ada Quill", "about coach Ada Quill": the topic, not the speaker.
      const before = sentence.tokens.slice(Math.max(0, start - 2), start).map((t) => t.word);
      const lowerRole = before.length === 2 && /^\p{Ll}/u.test(sentence.tokens[start - 1]!.text);
      const word = before.at(-1) ?? '';
      if (NOT_THE_SPEAKER.has(word) || (lowerRole && NOT_THE_SPEAKER.has(before[0]!))) return null;
      for (const p of found) people.add(p);
    }
  }
  if (people.size !== 1) return null;
  const mention: Subject | null = trustedMention(doc, [...people][0]!.name);
  return mention ? { sieve, mentions: [mention] } : null;
}
