/** Every sentence the matcher writes for people, in one place. */
export const MESSAGES = Object.freeze({
  trimmedWord: 'the selection starts or ends inside this word',
  markedOmission: 'marked by an ellipsis in the selection',
  misprint: (word: string) =>
    `the source prints "${word}" here, which repeats a nearby word: most likely a misprint`,
});
