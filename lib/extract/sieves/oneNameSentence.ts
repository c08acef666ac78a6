import { nameRuns } from '../nameRuns.ts';
import { parseNameRun } from '../parseNameRun.ts';
import { inRelativeClause } from '../participleSubject.ts';
import { ADVERBS, SPEECH_PARTICIPLES, SPEECH_VERBS } from '../patterns.ts';
import type { Token } from '../tokenize.ts';
import { open } from './attributionsOf.ts';
import { strongPeople } from './strongPeople.ts';
import type { Sieve } from './types.ts';

/**
 * A full quotation in a sentence that speaks ("… by saying, “…,” and added, “…”"; "…,
 * and said, “…”") but whose verb has no subject of its own, when the sentence names
 * exactly one person outside its quotations: that person (CoreNLP's one-name sentence
 * sieve). Two people named, or a name that is no person, and the quotation stays open.
 */
/** Verbs whose object is the one spoken to ("told Quill", "asked Lee"). */
const SPOKEN_TO = new Set('told tell tells asked ask asks urged warned thanked'.split(' '));

/** Words before a speech verb that are no subject of it ("and said", "by saying", "has said"). */
const NO_SUBJECT = new Set(
  'and but or then by after before while when in on of with without for has have had was were is are be been also not'.split(
    ' ',
  ),
);

/**
 * True when the word just before a speech verb is its own subject in lower case ("the
 * order said", "the statement says"), or "as" of "quoted an MP as saying": someone or
 * something other than the sentence's one name speaks.
 */
function ownSubject(tokens: readonly Token[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  if (!prev || text.slice(prev.end, tokens[i]!.start).trim() !== '') return false;
  // "quoted an MP as saying"; not "Quill was quoted as saying".
  if (prev.word === 'as')
    return SPEECH_PARTICIPLES.has(tokens[i]!.word) && tokens[i - 2]?.word !== 'quoted';
  // "turned the tables saying": a participle goes with the sentence's subject.
  if (!SPEECH_VERBS.has(tokens[i]!.word) || !/^\p{Ll}/u.test(prev.text)) return false;
  // "the statement had indicated": the subject before an auxiliary ("and has said" has none).
  const subject = AUXILIARIES.has(prev.word) ? tokens[i - 2] : prev;
  if (!subject || !/^\p{Ll}/u.test(subject.text)) return false;
  return !NO_SUBJECT.has(subject.word) && !ADVERBS.has(subject.word);
}

/** Auxiliaries between a subject in lower case and its verb of speech ("the report has said"). */
const AUXILIARIES = new Set('has have had'.split(' '));

/** Most words between "by" and the name it governs ("by the Labor leader Ada Quill"). */
const MAX_AGENT_WORDS = 3;

/**
 * True when the name starting at token `start` follows "by", with at most a few words of
 * a role between ("… were criticised by Ada Quill", "“…” by Labor leader Ada Quill"): the
 * agent of a passive or of a noun. After the quotation, it is who the words are about,
 * not who said them ("Her view was shared by Ada Quill: “…”" is hers, so only after).
 */
function isAgent(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 1 - MAX_AGENT_WORDS; k--) {
    const t = tokens[k]!;
    if (t.word === 'by') return true;
    if (!/^\p{L}+$/u.test(t.text) || SPEECH_VERBS.has(t.word) || SPEECH_PARTICIPLES.has(t.word))
      return false;
  }
  return false;
}

export const oneNameSentence: Sieve = {
  name: 'one-name-sentence',
  run(doc) {
    for (const c of open(doc)) {
      if (c.maybe || c.sentence < 0) continue;
      const para = doc.paras[c.para]!;
      const tokens = para.sentences[c.sentence]!.tokens;
      // A verb in a relative clause ("the party, which … by saying") has a subject of its own.
      const speaks = tokens.some(
        (t, i) =>
          /^\p{Ll}/u.test(t.text) &&
          (SPEECH_VERBS.has(t.word) || SPEECH_PARTICIPLES.has(t.word)) &&
          !inRelativeClause(tokens, i),
      );
      if (!speaks) continue;
      // "…,” the order said, according to Ada Quill": the verb has a subject of its own.
      if (
        tokens.some(
          (t, i) =>
            (SPEECH_VERBS.has(t.word) || SPEECH_PARTICIPLES.has(t.word)) &&
            ownSubject(tokens, i, para.text),
        )
      )
        continue;
      const people = nameRuns(tokens)
        .map(({ run, start }) => ({ run, start, parsed: parseNameRun(run) }))
        .filter(({ run, start, parsed }) => {
          if (!parsed) return false;
          // "…,” one victim told Quill": the one spoken to is not the speaker.
          const before = tokens[start - 1];
          if (before && SPOKEN_TO.has(before.word)) return false;
          // "… described as “…” by Labor leader Ada Quill": the words are said of her.
          if (run[0]!.start > c.end && isAgent(tokens, start)) return false;
          // "the minister, who spoke after a meeting chaired by Ada Quill, said …": a name
          // inside a relative clause describes someone else, the subject it hangs on.
          if (inRelativeClause(tokens, start)) return false;
          return strongPeople(doc, parsed).length > 0;
        });
      const distinct = new Set(people.map((p) => p.parsed!.name.join(' ')));
      if (distinct.size !== 1) continue;
      const { run, parsed } = people[0]!;
      // "They called the vote “…” and sent it to the envoy, Ada Quill": a plural subject
      // before the quotation speaks, and the one person named after it is spoken of or to.
      if (run[0]!.start > c.end && tokens.some((t) => t.word === 'they' && t.end <= c.start))
        continue;
      c.link = {
        sieve: this.name,
        mentions: [
          {
            kind: 'name',
            run: parsed!,
            text: para.text.slice(run[0]!.start, run[run.length - 1]!.end),
            role: null,
          },
        ],
      };
    }
  },
};
