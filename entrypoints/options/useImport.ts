/**
 * The options page's import: runs it in a dedicated worker (`importWorker.ts`) so the page
 * stays responsive, reports progress, cancels, and tells the background worker when the
 * import is committed (it then searches the new segments).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportView } from '../../components/ImportPanel';
import type { ImportProgress } from '../../lib/import/types';
import { isoDay } from '../../lib/reader/isoDay';
import { sendMessage } from '../shared/sendMessage';
import type { ImportWorkerEvent, ImportWorkerRequest } from './importMessages';

export type ImportState = ImportView;

const NO_PROGRESS: ImportProgress = { bytesRead: 0, lines: 0, quotes: 0, skipped: 0 };

export function useImport(onCommitted: () => void) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);

  useEffect(() => () => worker.current?.terminate(), []);

  const start = (file: File) => {
    if (worker.current) return;
    const w = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    const send = (request: ImportWorkerRequest) => w.postMessage(request);
    const started = performance.now();
    setState({
      kind: 'running',
      file: file.name,
      size: file.size,
      progress: NO_PROGRESS,
      cancelling: false,
    });
    w.onmessage = (e: MessageEvent<ImportWorkerEvent>) => {
      const event = e.data;
      if (event.type === 'progress') {
        setState((s) => (s.kind === 'running' ? { ...s, progress: event.progress } : s));
      } else if (event.type === 'known') {
        void sendMessage('knownArticles', { ids: event.ids }).then((known) =>
          send({ type: 'known', id: event.id, known: known.ok ? known.value : [] }),
        );
      } else if (event.type === 'done') {
        w.terminate();
        worker.current = null;
        const { result } = event;
        if (!result.ok) {
          setState({ kind: 'failed', file: file.name, error: result.error });
          return;
        }
        const seconds = (performance.now() - started) / 1000;
        void sendMessage('importCommitted', { entryId: result.value.entry.id }).then(() => {
          setState({ kind: 'done', report: result.value, seconds });
          onCommitted();
        });
      }
    };
    w.onerror = (e) => {
      w.terminate();
      worker.current = null;
      setState({
        kind: 'failed',
        file: file.name,
        error: { code: 'import-failed', message: e.message || 'the import stopped unexpectedly' },
      });
    };
    send({ type: 'start', file, addedAt: isoDay(), entryId: crypto.randomUUID() });
  };

  const cancel = () => {
    worker.current?.postMessage({ type: 'cancel' } satisfies ImportWorkerRequest);
    setState((s) => (s.kind === 'running' ? { ...s, cancelling: true } : s));
  };

  return { state, start, cancel };
}
