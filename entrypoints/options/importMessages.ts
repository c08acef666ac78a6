/** What the options page and its import worker say to each other (`importWorker.ts`). */
import type { ImportProgress } from '../../lib/import/types';
import type { QcError, Result } from '../../lib/result';
import type { ImportReport } from '../../lib/store/importIntoStore';

export type ImportWorkerRequest =
  | { type: 'start'; file: File; addedAt: string; entryId: string }
  | { type: 'cancel' }
  /** The answer to a `known` question: of those article ids, the ones the corpus holds. */
  | { type: 'known'; id: number; known: string[] };

export type ImportWorkerEvent =
  | { type: 'progress'; progress: ImportProgress & { segments: number } }
  /** Which of these article ids does the corpus hold? (only the background knows) */
  | { type: 'known'; id: number; ids: string[] }
  | { type: 'done'; result: Result<ImportReport, QcError> };
