import { describe, expect, it } from 'vitest';
import { settled } from '../settled';

describe('settled', () => {
  it('gives the value of a promise that settles in time', async () => {
    await expect(settled(Promise.resolve(42), 50)).resolves.toBe(42);
  });

  it('gives undefined when the promise is slower, or rejects', async () => {
    const slow = new Promise((resolve) => setTimeout(() => resolve('late'), 200));
    await expect(settled(slow, 10)).resolves.toBeUndefined();
    await expect(settled(Promise.reject(new Error('no')), 50)).resolves.toBeUndefined();
  });
});
