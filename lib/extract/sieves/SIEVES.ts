import { accordingTo } from './accordingTo.ts';
import { blockQuotes } from './blockQuotes.ts';
import { characterisedWords } from './characterisedWords.ts';
import { clauseAttribution } from './clauseAttribution.ts';
import { continuation } from './continuation.ts';
import { embeddedPosts } from './embeddedPosts.ts';
import { followingSentence } from './followingSentence.ts';
import { headedAnswers } from './headedAnswers.ts';
import { headlineEcho } from './headlineEcho.ts';
import { headlineWords } from './headlineWords.ts';
import { interviewAnswers } from './interviewAnswers.ts';
import { listedStatements } from './listedStatements.ts';
import { nestedQuotes } from './nestedQuotes.ts';
import { oneNameSentence } from './oneNameSentence.ts';
import { ownAttribution } from './ownAttribution.ts';
import { precedingSentence } from './precedingSentence.ts';
import { precedingSubject } from './precedingSubject.ts';
import { repeatedQuote } from './repeatedQuote.ts';
import { reportedSpeech } from './reportedSpeech.ts';
import { roundUpCredits } from './roundUpCredits.ts';
import { runsOn } from './runsOn.ts';
import { scareQuotes } from './scareQuotes.ts';
import { sentenceAttribution } from './sentenceAttribution.ts';
import { signedQuotes } from './signedQuotes.ts';
import { soleSpeaker } from './soleSpeaker.ts';
import { speakerLabels } from './speakerLabels.ts';
import { splitQuote } from './splitQuote.ts';
import { statementIntro } from './statementIntro.ts';
import { topicLabels } from './topicLabels.ts';
import { topicLines } from './topicLines.ts';
import type { Sieve } from './types.ts';
import { wordsOfIntro } from './wordsOfIntro.ts';

/**
 * The attribution sieves, in the order they run: the most precise evidence first. Each
 * links only quotations the sieves before it left open, and may leave any open for the
 * sieves after it; what is still open at the end is listed as unattributed, never
 * guessed. (The model is the sieve order of Muzny et al., "A Two-stage Sieve Approach
 * for Quote Attribution", 2017, as in Stanford CoreNLP's quote attribution; the patterns
 * are news writing's.)
 */
export const SIEVES: readonly Sieve[] = [
  interviewAnswers,
  speakerLabels,
  embeddedPosts,
  headlineWords,
  statementIntro,
  characterisedWords,
  ownAttribution,
  clauseAttribution,
  sentenceAttribution,
  oneNameSentence,
  reportedSpeech,
  accordingTo,
  followingSentence,
  roundUpCredits,
  splitQuote,
  signedQuotes,
  topicLabels,
  topicLines,
  headedAnswers,
  wordsOfIntro,
  continuation,
  blockQuotes,
  listedStatements,
  runsOn,
  precedingSubject,
  precedingSentence,
  runsOn,
  headlineEcho,
  soleSpeaker,
  scareQuotes,
  nestedQuotes,
  repeatedQuote,
];
