/**
 * The import, off the options page's main thread (a dedicated worker): reads the file as
 * a stream (a 1 GB file is never read whole), builds each chunk's segment and writes it
 * to the reader's store, pending, then commits, or deletes everything on cancel, failure
 * or a full disk (`importIntoStore`). It holds the import's Web Lock meanwhile, so the
 * background worker never mistakes it for an import a closed browser left behind.
 */

import { importIntoStore } from '../../lib/store/importIntoStore';
import { importLockName } from '../../lib/store/importLock';
import { ReaderStore } from '../../lib/store/ReaderStore';
import type { ImportWorkerEvent, ImportWorkerRequest } from './importMessages';

const post = (event: ImportWorkerEvent) => self.postMessage(event);
let controller: AbortController | null = null;
let nextQuestion = 0;
const answers = new Map<number, (known: string[]) => void>();

self.onmessage = (e: MessageEvent<ImportWorkerRequest>) => {
  const request = e.data;
  if (request.type === 'cancel') controller?.abort();
  else if (request.type === 'known') {
    answers.get(request.id)?.(request.known);
    answers.delete(request.id);
  } else if (request.type === 'start' && !controller) void start(request);
};

async function start({ file, addedAt, entryId }: Extract<ImportWorkerRequest, { type: 'start' }>) {
  controller = new AbortController();
  const signal = controller.signal;
  const run = () =>
    ReaderStore.using('importing', (store) =>
      importIntoStore(file.stream(), store, {
        fileName: file.name,
        addedAt,
        entryId,
        signal,
        onProgress: (progress) => post({ type: 'progress', progress }),
        knownArticles: (ids) =>
          new Promise((resolve) => {
            const id = ++nextQuestion;
            answers.set(id, resolve);
            post({ type: 'known', id, ids });
          }),
      }),
    );
  const result = navigator.locks
    ? await navigator.locks.request(importLockName(entryId), run)
    : await run();
  controller = null;
  post({ type: 'done', result });
}
