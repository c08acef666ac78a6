/** The CLI's readable answer: verdict, the source quote with changes marked, speaker, article, date. */
import { MATCH_CONFIG } from '../../lib/match/config';
import type { ArticleRef, DiffSegment, VerifyResult } from '../../lib/match/types';
import { describeReason } from '../../lib/ui/describeReason';
import { translateFromMessages } from '../../lib/ui/translateFromMessages';
import en from '../../public/_locales/en/messages.json';

const t = translateFromMessages(en);

const VERDICT_TEXT: Record<VerifyResult['verdict'], string> = {
  verbatim: 'verbatim: the same words as the source',
  close: 'close: small changes that keep the meaning',
  altered: 'altered: the words were changed in a way that changes the meaning',
  paraphrase: 'paraphrase: the same statement, reworded',
  'source-text': "source text: these are the article's own words, not a quotation",
  'no-match': 'no match: no quote in the corpus says this',
  'too-short': 'too short: too few words to judge',
  common: 'too common: this phrase is too common to say who said it',
};

const ATTRIBUTION_TEXT: Record<VerifyResult['attribution'], string> = {
  consistent: 'consistent with the source',
  conflict: 'CONFLICT: the source gives a different speaker',
  ambiguous: 'ambiguous: the name fits the source speaker but also someone else',
  unknown: 'no speaker claimed',
};

/** `[-deleted-]` and `{+inserted+}`, as in `git diff --word-diff`; text outside the selection in ‹…›. */
function markSegments(segments: readonly DiffSegment[]): string {
  return segments
    .map((s) => {
      if (s.op === 'equal') return s.text;
      if (s.op === 'insert') return `{+${s.text}+}`;
      return s.trimmed ? `‹${s.text}›` : `[-${s.text}-]`;
    })
    .join('');
}

function dateText(a: ArticleRef): string {
  if (a.published === null) return 'date not stated';
  if (a.dateSource === 'curator')
    return `${a.published} (date supplied by a curator, not stated in the article)`;
  if (a.dateSource === 'collection')
    return `${a.published} (date from an imported collection, not read from the article)`;
  return a.published;
}

function articleLines(a: ArticleRef): string[] {
  return [
    `Headline:    ${a.title}`,
    `Outlet:      ${a.outlet ?? 'not stated'}`,
    `Date:        ${dateText(a)}`,
    ...(a.url ? [`URL:         ${a.url}`] : []),
  ];
}

export function formatReadable(r: VerifyResult): string {
  const lines = [`Verdict:     ${VERDICT_TEXT[r.verdict]}`];
  if (r.reason) {
    const line = describeReason(r.reason);
    const framing = line.framing ? ` ${t('reasonFraming', line.framing)}` : '';
    lines.push(`Reason:      ${t(line.key, line.substitutions)}${framing}`);
  }
  if (r.span) {
    lines.push(
      `Spans:       two quotes of one article, ${r.span.join(' and ')}: the verdict is the weaker part's`,
    );
  }
  if (r.truncated) {
    lines.push(
      `Note:        only the first ${r.truncated.readChars} of ${r.truncated.totalChars} characters were read`,
    );
  }
  if (r.narration) {
    lines.push(`Source text: ${r.narration.text}`, ...articleLines(r.narration.article));
  }
  const b = r.best;
  if (b) {
    lines.push(
      `Source:      ${markSegments(b.segments)}`,
      `Speaker:     ${b.speaker ?? 'no one named (the source gives no speaker)'}${b.speakerDescription ? ` (${b.speakerDescription})` : ''}`,
      `Kind:        ${b.kind === 'direct' ? 'direct quotation' : 'reported speech'}`,
      ...articleLines(b.article),
      `Score:       ${b.score.toFixed(3)}`,
    );
    if (b.changes.length > 0) {
      lines.push('Changes:');
      for (const c of b.changes) {
        lines.push(`  - ${c.type}: "${c.from}" → "${c.to}"${c.note ? ` (${c.note})` : ''}`);
      }
    }
  }
  lines.push(
    `Attribution: ${ATTRIBUTION_TEXT[r.attribution]}${r.claimedSpeaker ? ` (claimed: ${r.claimedSpeaker})` : ''}`,
  );
  if (r.specificityBits !== undefined) {
    lines.push(
      `Specificity: ${r.specificityBits.toFixed(1)} bits, under ${MATCH_CONFIG.specificity.minBits}: too common to say who said it`,
    );
  }
  // A common phrase has no best match: every match is only where it appears.
  const others = r.best ? r.matches.slice(1) : r.matches;
  if (others.length > 0) {
    lines.push(r.best ? 'Other candidates:' : 'Appears in:');
    for (const m of others) {
      lines.push(
        `  - ${m.score.toFixed(3)} ${m.speaker ?? 'no one named'}: "${m.quote}" (${m.quoteId})`,
      );
    }
  }
  return lines.join('\n');
}
