import { findInterviewee } from '../findInterviewee.ts';
import type { Subject } from '../findSubject.ts';
import { SPEECH_VERBS } from '../patterns.ts';
import { open } from './attributionsOf.ts';
import { labelMention } from './speakerLabels.ts';
import type { Sieve } from './types.ts';

/**
 * Answers of an interview printed as "Q: …" / "A: …": the interviewee's words, the
 * interviewee being the speaker labelled just before the first question, else the one
 * person the transcript's title names ("Regular Briefing by Spokesperson Ada Quill"), else
 * the person named in the last sentence before the first question that names anyone
 * (else the person the article was talking about just before). An answer printed without
 * a label (a transcript that labels only its questions) is only a labelled or titled
 * interviewee's.
 * The questions are an unnamed questioner's (a press conference's reporters).
 */
/** Who asks an interview's "Q:" questions: someone unnamed, unless the article names them. */
const QUESTIONER: Subject = {
  kind: 'role',
  head: 'questioner',
  text: 'the questioner',
  label: true,
};

/** "He noted that …", "She said the …": a paragraph that opens by reporting a third person. */
const relaysSomeoneElse = (text: string): boolean => {
  const [pronoun, verb] = text.trimStart().split(/\s+/, 2);
  return /^(?:He|She)$/.test(pronoun ?? '') && SPEECH_VERBS.has(verb ?? '');
};

export const interviewAnswers: Sieve = {
  name: 'interview',
  run(doc) {
    let interviewee: Subject | null = null;
    /** The interviewee is labelled or named by the title, not read from the prose before. */
    let titled = false;
    const answers = new Set(open(doc).filter((c) => c.sentence === -1));
    for (const para of doc.paras) {
      // An interview printed as one paragraph, its questions in brackets: the questions
      // are an unnamed questioner's, the answers the one the title names (else left open).
      if (para.inline) {
        for (const c of answers) {
          if (c.para !== para.index) continue;
          const asks = para.inline.questions.some((q) => q.start === c.start);
          const by = asks ? QUESTIONER : (doc.host ?? null);
          if (by) c.link = { sieve: this.name, mentions: [by] };
        }
        continue;
      }
      if (para.qa?.opensBlock) {
        const intro = doc.paras[para.index - 1];
        // "Jiang: Good afternoon …" then "Q: …": the labelled speaker answers.
        const labelled = intro?.label ? labelMention(intro.label.label, doc.people.list()) : null;
        // Else the one the transcript's title names ("Regular Briefing by Spokesperson …"),
        // whoever the paragraph before the questions names (a section before them may be
        // about someone else), else the person named just before.
        interviewee =
          labelled ??
          doc.host ??
          findInterviewee(doc.people, intro?.sentences ?? [], intro?.text ?? '');
        titled = labelled !== null || Boolean(doc.host);
      }
      if (para.qa?.role === 'question') {
        // The questions of a press conference or an interview: an unnamed questioner's.
        for (const c of answers)
          if (c.para === para.index) c.link = { sieve: this.name, mentions: [QUESTIONER] };
        continue;
      }
      if (para.qa?.role !== 'answer' || interviewee === null) continue;
      // An answer without a label is only a labelled or titled interviewee's: the person
      // the prose before the questions names may be the subject of a previous section.
      if (para.qa.unlabelled && !titled) continue;
      // "He noted that …" as a paragraph of an answer: the spokesperson relays someone
      // else's words (the envoy the question asked about), not their own.
      if (relaysSomeoneElse(para.text)) continue;
      for (const c of answers) {
        if (c.para !== para.index) continue;
        c.link = { sieve: this.name, mentions: [interviewee] };
      }
    }
  },
};
