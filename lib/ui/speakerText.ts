import type { Match } from '../match/types';
import type { Translate } from './translate';

/**
 * Who said a matched quote, for people: the named person, or an unnamed source as
 * "Source: a senior official (not named)", never as if it were a person's name.
 */
export function speakerText(match: Pick<Match, 'speaker' | 'source'>, t: Translate): string {
  if (match.speaker !== null) return match.speaker;
  return match.source ? t('unnamedSource', [match.source]) : t('speakerNotNamed');
}
