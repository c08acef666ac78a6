import { describe, expect, it } from 'vitest';
import { ok } from '../../../lib/result';
import { createPendingChecks, MAX_PENDING_TABS, PENDING_TTL_MS } from '../pendingChecks';
import { answer } from './fakes';

const outcome = (text: string) => Promise.resolve({ text, result: ok(answer('verbatim')) });

describe('pendingChecks', () => {
  it('keeps the latest check per tab until taken, once', async () => {
    const pending = createPendingChecks();
    pending.put(1, outcome('first'));
    pending.put(1, outcome('second'));
    expect((await pending.take(1))?.text).toBe('second');
    expect(pending.take(1)).toBeNull();
  });

  it('hands over a check still running: the popup waits for it', async () => {
    const pending = createPendingChecks();
    let finish: (text: string) => void = () => {};
    pending.put(
      1,
      new Promise((done) => {
        finish = (text) => done({ text, result: ok(answer('verbatim')) });
      }),
    );
    const taken = pending.take(1);
    expect(taken).not.toBeNull();
    finish('later');
    expect((await taken)?.text).toBe('later');
  });

  it('drops a check older than PENDING_TTL_MS: no old result shown as if it were new', () => {
    let now = 1_000;
    const pending = createPendingChecks(() => now);
    pending.put(1, outcome('old'));
    now += PENDING_TTL_MS + 1;
    expect(pending.take(1)).toBeNull();
    // Taken (dropped) once: it is not there later either.
    now = 1_000;
    expect(pending.take(1)).toBeNull();
  });

  it('forgets the oldest tab beyond its bound', async () => {
    const pending = createPendingChecks();
    for (let tab = 0; tab <= MAX_PENDING_TABS; tab++) pending.put(tab, outcome(`tab ${tab}`));
    expect(pending.take(0)).toBeNull();
    expect((await pending.take(MAX_PENDING_TABS))?.text).toBe(`tab ${MAX_PENDING_TABS}`);
  });
});
