import type { Attribution } from '../lib/match/types';
import type { Translate } from '../lib/ui/translate';

export interface AttributionLineProps {
  attribution: Attribution;
  /** Who the page names, or `null` when it names no one (then nothing is shown). */
  claimedSpeaker: string | null;
  /** `null` when the source names no one (the attribution is then `unknown`). */
  speaker: string | null;
  t: Translate;
}

/** What the page says about who said it, next to what the source says. */
export function AttributionLine({ attribution, claimedSpeaker, speaker, t }: AttributionLineProps) {
  if (!claimedSpeaker) return null;
  // A source that names no one can neither agree nor disagree with the page.
  const kind = speaker === null ? 'unknown' : attribution;
  const text =
    kind === 'conflict'
      ? t('attributionConflict', [claimedSpeaker, speaker ?? ''])
      : kind === 'consistent'
        ? t('attributionConsistent', [claimedSpeaker])
        : kind === 'ambiguous'
          ? t('attributionAmbiguous', [claimedSpeaker, speaker ?? ''])
          : t('attributionUnknown', [claimedSpeaker]);
  return (
    <p class={`qc-attribution qc-attribution-${kind}`} data-testid="attribution">
      {text}
    </p>
  );
}
