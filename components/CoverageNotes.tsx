import type { CoverageNote } from '../lib/scan/summarizeScan';
import type { Translate } from '../lib/ui/translate';

export interface CoverageNotesProps {
  notes: readonly CoverageNote[];
  t: Translate;
  locale: string;
}

/** What a scan did not cover, one line each (a partial result says what it covered). */
export function CoverageNotes({ notes, t, locale }: CoverageNotesProps) {
  if (notes.length === 0) return null;
  const n = (x: number) => x.toLocaleString(locale);
  const line = (note: CoverageNote): string => {
    switch (note.kind) {
      case 'no-article':
        return t('scanNoArticle');
      case 'page-cut':
        return t('scanPageCut', [n(note.readChars), n(note.pageChars)]);
      case 'article-cut':
        return t('scanArticleCut', [n(note.readChars), n(note.totalChars)]);
      case 'not-all-checked':
        return t('scanNotAllChecked', [n(note.checked), n(note.found)]);
      case 'frames':
        return t('scanFrames', [n(note.frames)]);
      case 'lost':
        return t('scanLost', [n(note.lost)]);
    }
  };
  return (
    <ul class="qc-coverage" data-testid="scan-coverage">
      {notes.map((note) => (
        <li key={note.kind} data-note={note.kind}>
          {line(note)}
        </li>
      ))}
    </ul>
  );
}
