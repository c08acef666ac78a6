import { Fragment } from 'preact';
import type { Match } from '../lib/match/types';
import { articleDateText } from '../lib/ui/articleDateText';
import { speakerText } from '../lib/ui/speakerText';
import type { Translate } from '../lib/ui/translate';

export interface OtherMatchesProps {
  matches: Match[];
  /** The folded list's one line ("Other possible sources (2)", "Where it appears (3)"). */
  summary: string;
  t: Translate;
  locale: string;
}

/** Convert a 0–1 score to a whole percentage for people. */
const PERCENT = 100;

/**
 * Quotes folded away: the other candidates (a reader opens them when the best one looks
 * wrong), or where a phrase too common to attribute appears.
 */
export function OtherMatches({ matches, summary, t, locale }: OtherMatchesProps) {
  if (matches.length === 0) return null;
  return (
    <details class="qc-others" data-testid="other-matches">
      <summary>{summary}</summary>
      <ul>
        {matches.map((match) => (
          <li key={match.quoteId}>
            <q class="qc-other-quote">{match.quote}</q>
            <span class="qc-other-meta">
              {(
                [
                  ['speaker', speakerText(match, t)],
                  ['outlet', match.article.outlet ?? t('outletNotStated')],
                  ['date', articleDateText(match.article, t, locale)],
                  ['similarity', t('similarity', [String(Math.round(match.score * PERCENT))])],
                ] as const
              ).map(([name, part], index) => (
                <Fragment key={name}>
                  {index > 0 && ' · '}
                  {/* Each part on one line ("90% alike", not "90%" then "alike"). */}
                  <span class="qc-meta-part">{part}</span>
                </Fragment>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
