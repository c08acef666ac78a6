import { formatCitation } from '../lib/citation/formatCitation';
import { buildClaimReview } from '../lib/claimReview/buildClaimReview';
import { serializeClaimReview } from '../lib/claimReview/serializeClaimReview';
import { httpUrl } from '../lib/httpUrl';
import type { Match, VerifyResult } from '../lib/match/types';
import type { CheckOutcome } from '../lib/protocol';
import { cardVerdictOf } from '../lib/ui/cardVerdictOf';
import { formatDate } from '../lib/ui/formatDate';
import { localToday } from '../lib/ui/localToday';
import { speakerText } from '../lib/ui/speakerText';
import { splitQuoteEdges } from '../lib/ui/splitQuoteEdges';
import type { Translate } from '../lib/ui/translate';
import type { CardVerdict } from '../lib/ui/verdictStyle';
import { ArticleSource } from './ArticleSource';
import { AttributionLine } from './AttributionLine';
import { CardMenu } from './CardMenu';
import { ChangeList } from './ChangeList';
import { CopyCitationButton } from './CopyCitationButton';
import { MarkedQuote } from './MarkedQuote';
import { OtherMatches } from './OtherMatches';
import { SectionLabel } from './SectionLabel';
import { SelectionParts } from './SelectionParts';
import { SpeakerLine } from './SpeakerLine';
import { VerdictHeading } from './VerdictHeading';
import { VerdictReason } from './VerdictReason';

export interface ResultCardProps {
  outcome: CheckOutcome;
  t: Translate;
  /** BCP 47 tag of the UI language, for dates. */
  locale: string;
  copy: (text: string) => Promise<boolean>;
  /** The day of the check (`YYYY-MM-DD`) for "Copy as ClaimReview"; today by default. */
  today?: string;
}

/** Verdicts that come with a quote to show (the rest say why there is none). */
const WITH_QUOTE: ReadonlySet<CardVerdict> = new Set([
  'verbatim',
  'close',
  'altered',
  'paraphrase',
]);

/**
 * The answer to one check, the same in the popup and the in-page card: the verdict, the
 * source quote with the selection's changes marked, who said it, where and when, the other
 * candidates and a citation to copy. Every piece of page or corpus text is rendered as text.
 */
export function ResultCard({ outcome, t, locale, copy, today }: ResultCardProps) {
  // A selection over several quotations: each checked on its own, each its own card.
  if (outcome.parts && outcome.parts.length > 1) {
    return (
      <SelectionParts outcome={outcome} t={t} locale={locale}>
        {(part) => <ResultCard outcome={part} t={t} locale={locale} copy={copy} today={today} />}
      </SelectionParts>
    );
  }
  if (!outcome.result.ok) {
    return (
      <article class="qc-card" data-testid="result-card" data-verdict="error">
        <VerdictHeading verdict="error" detail={outcome.result.error.message} t={t} />
      </article>
    );
  }
  const result = outcome.result.value;
  const verdict = cardVerdictOf(outcome);
  return (
    <article
      class="qc-card"
      data-testid="result-card"
      data-verdict={verdict}
      data-words-verdict={result.verdict}
    >
      <VerdictHeading
        verdict={verdict}
        misattribution={
          verdict === 'misattributed' && result.best?.speaker && result.claimedSpeaker
            ? {
                speaker: result.best.speaker,
                claimed: result.claimedSpeaker,
                words: result.verdict,
              }
            : undefined
        }
        t={t}
      />
      {result.reason && <VerdictReason reason={result.reason} t={t} />}
      {result.truncated && (
        <p class="qc-note">
          {t('truncatedNote', [
            String(result.truncated.readChars),
            String(result.truncated.totalChars),
          ])}
        </p>
      )}
      {WITH_QUOTE.has(result.verdict) && result.best && (
        <MatchDetails
          outcome={outcome}
          result={result}
          best={result.best}
          t={t}
          locale={locale}
          copy={copy}
          today={today ?? localToday()}
        />
      )}
      {result.verdict === 'common' && (
        <OtherMatches
          matches={result.matches}
          summary={t('commonAppearsIn', [String(result.matches.length)])}
          t={t}
          locale={locale}
        />
      )}
      {result.verdict === 'source-text' && result.narration && (
        <div class="qc-body">
          <blockquote class="qc-quote" data-testid="quote">
            {result.narration.text}
          </blockquote>
          <ArticleSource article={result.narration.article} t={t} locale={locale} />
        </div>
      )}
    </article>
  );
}

interface MatchDetailsProps {
  /** What was checked (its text names this result), and on which page. */
  outcome: CheckOutcome;
  result: VerifyResult;
  best: Match;
  t: Translate;
  locale: string;
  copy: (text: string) => Promise<boolean>;
  today: string;
}

function MatchDetails({ outcome, result, best, t, locale, copy, today }: MatchDetailsProps) {
  const text = outcome.text;
  const others = result.matches.filter((match) => match.quoteId !== best.quoteId);
  const runs = splitQuoteEdges(best.segments);
  const marked = runs.some((run) => run.op === 'delete' || run.op === 'insert');
  const outside = runs.some((run) => run.op === 'outside');
  const date = best.article.published ? formatDate(best.article.published, locale) : null;
  const citation = formatCitation({
    quote: best.quote,
    // A named person, or an unnamed source as such; nobody when the source names no one.
    speaker: best.speaker ?? (best.source ? speakerText(best, t) : null),
    outlet: best.article.outlet,
    date,
    url: httpUrl(best.article.url),
  });
  return (
    <div class="qc-body">
      <SectionLabel>{t('quoteLabel')}</SectionLabel>
      <MarkedQuote segments={best.segments} quote={best.quote} />
      {marked && <p class="qc-legend">{t('diffLegend')}</p>}
      {outside && <p class="qc-legend">{t('outsideLegend')}</p>}
      {best.kind === 'reported' && <p class="qc-note">{t('reportedNote')}</p>}
      <ChangeList changes={best.changes} t={t} />
      {/* A conflict is the card's heading already (misattributed). */}
      {result.attribution !== 'conflict' && (
        <AttributionLine
          attribution={result.attribution}
          claimedSpeaker={result.claimedSpeaker}
          speaker={speakerText(best, t)}
          t={t}
        />
      )}
      <SpeakerLine name={best.speaker} source={best.source} role={best.speakerDescription} t={t} />
      <ArticleSource article={best.article} t={t} locale={locale} />
      {/* Keyed by the result, so "Copied" from an earlier check does not stay on a new one. */}
      <div class="qc-actions">
        <CopyCitationButton
          key={`${best.quoteId}\u0000${text}`}
          citation={citation}
          copy={copy}
          t={t}
        />
        <ClaimReviewMenu
          key={`menu\u0000${best.quoteId}\u0000${text}`}
          outcome={outcome}
          result={result}
          copy={copy}
          today={today}
          t={t}
        />
      </div>
      <OtherMatches
        matches={others}
        summary={t('otherMatches', [String(others.length)])}
        t={t}
        locale={locale}
      />
    </div>
  );
}

interface ClaimReviewMenuProps {
  outcome: CheckOutcome;
  result: VerifyResult;
  copy: (text: string) => Promise<boolean>;
  today: string;
  t: Translate;
}

/** The card's menu: "Copy as ClaimReview", for a check that has a source (else no menu). */
function ClaimReviewMenu({ outcome, result, copy, today, t }: ClaimReviewMenuProps) {
  const review = buildClaimReview({
    claim: outcome.text,
    result,
    page: { url: outcome.page?.url ?? null, title: outcome.page?.title ?? null },
    today,
  });
  if (!review.ok) return null;
  const json = serializeClaimReview(review.value);
  return (
    <CardMenu
      t={t}
      items={[
        {
          id: 'copy-claimreview',
          label: t('copyClaimReview'),
          run: async () =>
            (await copy(json))
              ? { said: t('copiedClaimReview') }
              : { said: t('copyFailed'), showText: json },
        },
      ]}
    />
  );
}
