import { FAMILY_WORDS } from './familyWords.ts';
import { nameRuns } from './nameRuns.ts';
import { parseNameRun, surnameOf } from './parseNameRun.ts';
import { HONORIFICS } from './patterns.ts';
import type { ArticleDoc } from './sieves/types.ts';
import { isCapitalized } from './tokenize.ts';
import type { Person } from './types.ts';

/** Words for a relative, the wider family too, that an appositive after a lone surname gives ("Mr Marsh, son of …"). */
const RELATIVES = new Set([
  ...FAMILY_WORDS,
  ...'grandson granddaughter nephew niece uncle aunt cousin stepson stepdaughter'.split(' '),
]);
/** Most words between the comma and the relative's word ("the younger brother of", "the late"). */
const MAX_WORDS_BEFORE_RELATIVE = 3;

/**
 * The people the article names in full as a relative of whoever a lone `surname` means,
 * up to sentence `sentence` of paragraph `para`: "Mr Marsh, son of the island’s first
 * governor, Elias Marsh, is …" says that "Mr Marsh" is not Elias Marsh, so neither is a
 * later "Mr Marsh". News writing names the relative in apposition to tell them apart.
 */
export function relativesNamed(
  doc: ArticleDoc,
  surname: string,
  para: number,
  sentence: number,
): Set<Person> {
  const out = new Set<Person>();
  for (const p of doc.paras.slice(0, para + 1)) {
    const upTo = p.index < para ? p.sentences.length : sentence + 1;
    for (const s of p.sentences.slice(0, upTo)) {
      const tokens = s.tokens;
      tokens.forEach((t, i) => {
        if (t.text.replace(/[’']s$/, '') !== surname || tokens[i + 1]?.text !== ',') return;
        // The surname alone, or after a courtesy title: not the end of a full name.
        const prev = tokens[i - 1];
        // (A mark or a lower-case word is no capitalised name word.)
        const lone = !isCapitalized(prev) || Object.hasOwn(HONORIFICS, prev!.text);
        if (!lone) return;
        let k = i + 2;
        while (
          k < tokens.length &&
          k - (i + 2) < MAX_WORDS_BEFORE_RELATIVE &&
          !RELATIVES.has(tokens[k]!.word) &&
          /^\p{Ll}+$/u.test(tokens[k]!.text)
        )
          k++;
        if (!RELATIVES.has(tokens[k]?.word ?? '') || tokens[k + 1]?.word !== 'of') return;
        named(k);
      });
      // "He is the son of one-time player Alfie Quill": the same, said of the person the
      // story is about with a pronoun.
      tokens.forEach((t, i) => {
        if (!/^(?:he|she)$/i.test(t.text) || !/^(?:is|was)$/.test(tokens[i + 1]?.text ?? ''))
          return;
        let k = i + 2;
        if (tokens[k]?.text === 'also') k++;
        if (tokens[k]?.text !== 'the') return;
        k++;
        const from = k;
        while (
          k < tokens.length &&
          k - from < MAX_WORDS_BEFORE_RELATIVE &&
          !RELATIVES.has(tokens[k]!.word) &&
          /^\p{Ll}+$/u.test(tokens[k]!.text)
        )
          k++;
        if (RELATIVES.has(tokens[k]?.word ?? '') && tokens[k + 1]?.word === 'of') named(k);
      });
      /** The relative's full name after "son of" at `k`: the same surname, a person the article knows. */
      function named(k: number): void {
        for (const { run } of nameRuns(tokens.slice(k + 2))) {
          const parsed = parseNameRun(run);
          if (!parsed || parsed.name.length < 2 || surnameOf(parsed.name) !== surname) continue;
          const full = parsed.name.join(' ');
          const person = doc.people.list().find((x) => x.name === full);
          if (person) out.add(person);
          break;
        }
      }
    }
  }
  return out;
}
