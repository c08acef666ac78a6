/**
 * Words for someone's close family: "the victim's son", "Mr Marsh, widow of …". The base
 * that Discourse's KIN (with the words for anyone: "man", "girl") and relativesNamed's
 * RELATIVES (with the wider family: "nephew", "cousin") add to.
 */
export const FAMILY_WORDS: readonly string[] =
  'wife husband mother father daughter son sister brother widow widower grandmother grandfather'.split(
    ' ',
  );
