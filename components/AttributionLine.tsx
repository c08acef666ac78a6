import type { Attribution } from '../lib/match/types';
import type { Translate } from '../lib/ui/translate';

export interface AttributionLineProps {
  attribution: Attribution;
  /** Who the page names, or `null` when it names no one (then nothing is shown). */
  claimedSpeaker: string | null;
  speaker: string;
  t: Translate;
}

/** What the page says about who said it, next to what the source says. */
export function AttributionLine({ attribution, claimedSpeaker, speaker, t }: AttributionLineProps) {
  if (!claimedSpeaker) return null;
  const text =
    attribution === 'conflict'
      ? t('attributionConflict', [claimedSpeaker, speaker])
      : attribution === 'consistent'
        ? t('attributionConsistent', [claimedSpeaker])
        : attribution === 'ambiguous'
          ? t('attributionAmbiguous', [claimedSpeaker, speaker])
          : t('attributionUnknown', [claimedSpeaker]);
  return (
    <p class={`qc-attribution qc-attribution-${attribution}`} data-testid="attribution">
      {text}
    </p>
  );
}
