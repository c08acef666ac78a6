import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a title whose "of" phrase ends in a body, before a full name no list knows', () => {
  const text = article(
    'Inspector General of Police Okoth Vell said the crowd had been peaceful on Saturday.',
    '“We made no arrests at all on the river bank,” Vell said.',
    'Vell said the marchers had kept to the agreed route.',
  );

  it('names the person: the body’s word is the office’s, not the name’s', () => {
    expect(speakerIn(text, 'the crowd had been peaceful')).toBe('Okoth Vell');
  });

  it('and the surname alone is theirs', () => {
    expect(speakerIn(text, 'We made no arrests')).toBe('Okoth Vell');
    expect(speakerIn(text, 'the marchers had kept')).toBe('Okoth Vell');
  });
});
