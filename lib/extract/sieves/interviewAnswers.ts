import { findInterviewee } from '../findInterviewee.ts';
import type { Subject } from '../findSubject.ts';
import { open } from './attributionsOf.ts';
import { labelMention } from './speakerLabels.ts';
import type { Sieve } from './types.ts';

/**
 * Answers of an interview printed as "Q: …" / "A: …": the interviewee's words, the
 * interviewee being the person named in the last sentence before the first question
 * that names anyone (else the person the article was talking about just before). The
 * questions are an unnamed questioner's (a press conference's reporters).
 */
/** Who asks an interview's "Q:" questions: someone unnamed, unless the article names them. */
const QUESTIONER: Subject = {
  kind: 'role',
  head: 'questioner',
  text: 'the questioner',
  label: true,
};

export const interviewAnswers: Sieve = {
  name: 'interview',
  run(doc) {
    let interviewee: Subject | null = null;
    const answers = new Set(open(doc).filter((c) => c.sentence === -1));
    for (const para of doc.paras) {
      if (para.qa?.opensBlock) {
        const intro = doc.paras[para.index - 1];
        // "Jiang: Good afternoon …" then "Q: …": the labelled speaker answers.
        const labelled = intro?.label ? labelMention(intro.label.label, doc.people.list()) : null;
        interviewee =
          labelled ?? findInterviewee(doc.people, intro?.sentences ?? [], intro?.text ?? '');
      }
      if (para.qa?.role === 'question') {
        // The questions of a press conference or an interview: an unnamed questioner's.
        for (const c of answers)
          if (c.para === para.index) c.link = { sieve: this.name, mentions: [QUESTIONER] };
        continue;
      }
      if (para.qa?.role !== 'answer' || interviewee === null) continue;
      for (const c of answers) {
        if (c.para !== para.index) continue;
        c.link = { sieve: this.name, mentions: [interviewee] };
      }
    }
  },
};
