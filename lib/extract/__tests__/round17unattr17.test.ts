import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

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

describe('"the HMD said …" after "the Harbour Master\'s Deputy (HMD)": an office\'s own abbreviation', () => {
  it('is one unnamed person, whom a later "He said" means', () => {
    const text = article(
      'Asked about the storm, the Harbour Master’s Deputy (HMD) said the quay would reopen on Monday.',
      'On the ferry timetable, the HMD said the winter sailings were being reviewed. He said a tender was being drawn up to find a second operator.',
    );
    expect(speakerIn(text, 'a tender was being drawn up')).toBe('anonymous: the HMD');
    expect(speakerIn(text, 'the winter sailings were being reviewed')).toBe('anonymous: the HMD');
  });
});
