/** The URL rule of manifest.test.ts can fail: remote targets are caught, messages are not. */
import { describe, expect, it } from 'vitest';
import { findUrlLiterals } from './harness/findUrlLiterals';

describe('findUrlLiterals', () => {
  it('reports a fetch target, a constant and a template as not in a message', () => {
    const code = [
      'fetch("https://api.example.com/v1/check");',
      "const BASE = 'http://tracker.example/p';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source under test
      'new WebSocket(`wss://x`); navigator.sendBeacon(`https://beacon.example/${id}`, d);',
    ].join('\n');
    expect(findUrlLiterals(code)).toEqual([
      { url: 'https://beacon.example/', inMessage: false },
      { url: 'http://tracker.example/p', inMessage: false },
      { url: 'https://api.example.com/v1/check', inMessage: false },
    ]);
  });

  it('marks URLs inside Error and console messages as messages', () => {
    const code = [
      'throw Error(`bad; see https://docs.example/a.`);',
      'throw new TypeError("see https://docs.example/b");',
      'console.warn(`Failed, see https://docs.example/c`, e);',
    ].join('\n');
    expect(findUrlLiterals(code).map((u) => [u.url, u.inMessage])).toEqual([
      ['https://docs.example/c', true],
      ['https://docs.example/b', true],
      ['https://docs.example/a', true],
    ]);
  });

  it('does not excuse a call made inside a message call', () => {
    const code =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source under test
      'console.log(fetch("https://api.example.com/x"), `see ${f("https://b.example/")}`);';
    expect(findUrlLiterals(code).map((u) => [u.url, u.inMessage])).toEqual([
      ['https://b.example/', false],
      ['https://api.example.com/x', false],
    ]);
  });
});
