import { Fragment } from 'preact';
import type { Match } from '../lib/match/types';
import { articleDateText } from '../lib/ui/articleDateText';
import type { Translate } from '../lib/ui/translate';

export interface OtherMatchesProps {
  matches: Match[];
  t: Translate;
  locale: string;
}

/** Convert a 0–1 score to a whole percentage for people. */
const PERCENT = 100;

/** The other candidate quotes, collapsed: a reader opens them when the best one looks wrong. */
export function OtherMatches({ matches, t, locale }: OtherMatchesProps) {
  if (matches.length === 0) return null;
  return (
    <details class="qc-others" data-testid="other-matches">
      <summary>{t('otherMatches', [String(matches.length)])}</summary>
      <ul>
        {matches.map((match) => (
          <li key={match.quoteId}>
            <q class="qc-other-quote">{match.quote}</q>
            <span class="qc-other-meta">
              {(
                [
                  ['speaker', match.speaker ?? t('speakerNotNamed')],
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
