import type { Translate } from '../lib/ui/translate';
import { SectionLabel } from './SectionLabel';

export interface SpeakerLineProps {
  /** `null` when the source names no one: said so, never shown as a person. */
  name: string | null;
  role: string;
  t: Translate;
}

/** Who the source quotes, with their role as the articles give it. */
export function SpeakerLine({ name, role, t }: SpeakerLineProps) {
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
