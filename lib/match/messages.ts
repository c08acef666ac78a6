/** Every sentence the matcher writes for people, in one place. */
export const MESSAGES = Object.freeze({
  trimmedWord: 'the selection starts or ends inside this word',
  markedOmission: 'marked by an ellipsis in the selection',
  writtenOtherwise: 'the same words, written otherwise',
  sameNumber: 'the same number, put otherwise: the meaning is kept',
  sameNegation: 'the same negation, put otherwise: the meaning is kept',
  synonym: 'a word of the same meaning: the meaning is kept',
  sameIntention: 'the same intention, in other words: a paraphrase',
  namePart: "part of the same person's name: who is meant is kept",
  title: 'a title or honorific of the same person: who is meant is kept',
  misprint: (word: string) =>
    `the source prints "${word}" here, which repeats a nearby word: most likely a misprint`,
});
