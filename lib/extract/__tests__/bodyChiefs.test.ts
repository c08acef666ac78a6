import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"the UN chief" is the Secretary-General or Director-General the story names', () => {
  it('whatever the body, verb or word order', () => {
    const variants: [string, string][] = [
      ['UN Secretary-General Ada Quillan said the talks would resume.', 'the UN chief said'],
      [
        'The agency’s Director-General Tomas Adhanu made the remarks at a briefing in Geneva.',
        'said the WHO chief',
      ],
      [
        'Secretary-General Ada Quillan met the envoys on Monday.',
        'the Secretary-General told reporters',
      ],
    ];
    const speakers = ['Ada Quillan', 'Tomas Adhanu', 'Ada Quillan'];
    for (const [i, [intro, attribution]] of variants.entries()) {
      const quote = `“We cannot give up on the talks,” ${attribution}.`;
      expect(speakerIn(article(intro, quote), 'We cannot give up')).toBe(speakers[i]);
    }
  });

  it('not a director of something else', () => {
    const director = article(
      'Harbour Museum director Tomas Adhanu opened the new hall.',
      '“We cannot give up on the talks,” the UN chief said.',
    );
    expect(speakerIn(director, 'We cannot give up')).not.toBe('Tomas Adhanu');
  });
});
