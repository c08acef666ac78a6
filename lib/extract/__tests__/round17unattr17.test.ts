import { describe, expect, it } from 'vitest';
import { speakerIn } from './inventedArticle.ts';

describe('"Ambassador to Moscow Quarrie: …": a title\'s "to" and the posting it names, before a surname', () => {
  it('is no full name ("Moscow Quarrie") that makes the surname ambiguous', () => {
    const text = [
      'It became known that the port talks would hinge on Lisbon',
      '',
      'Tarrow Ambassador to Moscow Quarrie: the port deal depends on Lisbon',
      '',
      'Tarrow Ambassador to Portugal Aldous Quarrie spoke to the Harbour Gazette on Friday. Bertil Anker did too.',
      '',
      '“We will sign when the berths are ready for the larger ships,” Quarrie said.',
    ].join('\n');
    expect(speakerIn(text, 'We will sign when the berths')).toBe('Aldous Quarrie');
  });
});
