import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('an organisation word that opens a run keeps the whole run a body', () => {
  it('“Radio Tarrow Internationale reported …” names no person “Tarrow Internationale”', () => {
    for (const opener of ['', 'The station ', 'Norland broadcaster ']) {
      const sentence = `${opener}Radio Tarrow Internationale reported that the guards fled before the votes were counted.`;
      const text = article('Ada Quill won the count on Sunday.', sentence);
      expect(speakerIn(text, 'guards fled'), sentence).toBe(
        'organisation: Radio Tarrow Internationale',
      );
    }
  });

  it('an organisation word before a known given name is still a title (“Police Ada Quill”-style runs are untouched)', () => {
    const text = article(
      'Harbour Police Chief Ada Quill spoke on Sunday.',
      '“We have the harbour under watch,” Ada Quill said.',
    );
    expect(speakerIn(text, 'under watch')).toBe('Ada Quill');
  });
});
