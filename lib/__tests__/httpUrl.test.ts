import { describe, expect, it } from 'vitest';
import { httpUrl } from '../httpUrl';

describe('httpUrl', () => {
  it('keeps http(s) addresses only', () => {
    expect(httpUrl('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
    expect(httpUrl(' HTTP://Example.org ')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '/relative',
      'https://user:pw@example.org/',
      '',
      null,
      undefined,
    ]) {
      expect(httpUrl(bad), String(bad)).toBeNull();
    }
  });
});
