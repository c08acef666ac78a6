import { describe, expect, it } from 'vitest';
import { ok } from '../../../lib/result';
import { createPendingChecks, MAX_PENDING_TABS } from '../pendingChecks';
import { answer } from './fakes';

const outcome = (text: string) => ({ text, result: ok(answer('verbatim')) });

describe('pendingChecks', () => {
  it('keeps the latest check per tab until taken', () => {
    const pending = createPendingChecks();
    pending.put(1, outcome('first'));
    pending.put(1, outcome('second'));
    expect(pending.take(1)?.text).toBe('second');
    expect(pending.take(1)).toBeNull();
  });

  it('forgets the oldest tab beyond its bound', () => {
    const pending = createPendingChecks();
    for (let tab = 0; tab <= MAX_PENDING_TABS; tab++) pending.put(tab, outcome(`tab ${tab}`));
    expect(pending.take(0)).toBeNull();
    expect(pending.take(MAX_PENDING_TABS)?.text).toBe(`tab ${MAX_PENDING_TABS}`);
  });
});
