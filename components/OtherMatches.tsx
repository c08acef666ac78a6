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
              {match.speaker} · {match.article.outlet ?? t('outletNotStated')} ·{' '}
              {articleDateText(match.article, t, locale)} ·{' '}
              {t('similarity', [String(Math.round(match.score * PERCENT))])}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
