import { describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../../lib/match/types';
import { createChecksInFlight } from '../checksInFlight';
import { answer, fakeMatcher } from './fakes';

describe('createChecksInFlight', () => {
  it('counts the checks running, and idle() waits until the last one has answered', async () => {
    const inFlight = createChecksInFlight();
    const pending: ((r: VerifyResult) => void)[] = [];
    const base = fakeMatcher(() => answer('verbatim'));
    const slow = {
      ...base,
      verify: () => new Promise<VerifyResult>((resolve) => pending.push(resolve)),
    };
    const matcher = inFlight.track(slow);
    await expect(inFlight.idle()).resolves.toBeUndefined();
    const first = matcher.verify({ text: 'one' });
    const second = matcher.verify({ text: 'two' });
    expect(inFlight.running()).toBe(2);
    let idle = false;
    void inFlight.idle().then(() => {
      idle = true;
    });
    pending[0]!(answer('verbatim'));
    await first;
    expect(inFlight.running()).toBe(1);
    expect(idle).toBe(false);
    pending[1]!(answer('altered'));
    await expect(second).resolves.toMatchObject({ verdict: 'altered' });
    await Promise.resolve();
    expect(idle).toBe(true);
    expect(inFlight.running()).toBe(0);
  });

  it('a check that fails still ends (the warm-up is never left waiting)', async () => {
    const inFlight = createChecksInFlight();
    const base = fakeMatcher(() => answer('verbatim'));
    const failing = { ...base, verify: () => Promise.reject(new Error('store gone')) };
    await expect(inFlight.track(failing).verify({ text: 'x' })).rejects.toThrow('store gone');
    expect(inFlight.running()).toBe(0);
    await expect(inFlight.idle()).resolves.toBeUndefined();
  });
});
