import { speakerText } from '../lib/ui/speakerText';
import type { Translate } from '../lib/ui/translate';
import { SectionLabel } from './SectionLabel';

export interface SpeakerLineProps {
  /** The named person, or `null` when no named person said it: never shown as a person. */
  name: string | null;
  /** An unnamed source's phrase ("a senior official"), when `name` is null. */
  source: string | null;
  role: string;
  t: Translate;
}

/** Who the source quotes, with their role as the articles give it; an unnamed source as such. */
export function SpeakerLine({ name, source, role, t }: SpeakerLineProps) {
  if (name === null && source !== null) {
    return (
      <div class="qc-speaker">
        {/* No "Said by" label: the line says itself that this is a source, not a person. */}
        <p class="qc-speaker-unnamed" data-testid="unnamed-source">
          {speakerText({ speaker: null, source }, t)}
        </p>
      </div>
    );
  }
  return (
    <div class="qc-speaker">
      <SectionLabel>{t('speakerLabel')}</SectionLabel>
      <p class="qc-speaker-name" data-testid="speaker">
        {name ?? t('speakerNotNamed')}
      </p>
      {role && (
        <p class="qc-speaker-role" data-testid="speaker-role">
          {role}
        </p>
      )}
    </div>
  );
}
