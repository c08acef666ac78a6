import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a dateline printed in capitals is never a source', () => {
  it('“TARROW, NL (WXYZ) — …”: the person after the dateline speaks, not the place', () => {
    const text = article(
      'TARROW, NL (WXYZ) — Friday former Mayor of Tarrow, Ben Quill met reporters to announce that he would stand for the harbour seat again.',
    );
    expect(speakerIn(text, 'he would stand for')).toBe('Ben Quill');
  });

  it('“PORT VELL: …”: a place with a colon right after it opens no subject', () => {
    const text = article(
      'PORT VELL: Ben Quill said the ferry strike had cost the town “a whole season of trade.”',
      'Quill, a harbour pilot, spoke at the quay.',
    );
    expect(speakerIn(text, 'a whole season of trade')).toBe('Ben Quill');
  });
});
