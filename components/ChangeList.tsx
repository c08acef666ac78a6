import type { Change } from '../lib/match/types';
import { describeChanges } from '../lib/ui/describeChanges';
import type { Translate } from '../lib/ui/translate';
import { SectionLabel } from './SectionLabel';

export interface ChangeListProps {
  changes: Change[];
  t: Translate;
}

/** One line per change that bears on meaning ("adds ‘not’", "four → eight"); nothing if none. */
export function ChangeList({ changes, t }: ChangeListProps) {
  const lines = describeChanges(changes);
  if (lines.length === 0) return null;
  return (
    <section class="qc-changes" aria-labelledby="qc-changes-label">
      <SectionLabel id="qc-changes-label">{t('changesLabel')}</SectionLabel>
      <ul data-testid="changes">
        {lines.map((line) => (
          <li key={`${line.key}:${line.substitutions.join('|')}`}>
            {t(line.key, line.substitutions)}
          </li>
        ))}
      </ul>
    </section>
  );
}
