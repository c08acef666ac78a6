import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

/** Storm names as news prints them: each is a thing, never a person who speaks. */
const STORMS = ['Hurricane Odile', 'Tropical Storm Odile', 'Typhoon Odile', 'Cyclone Odile'];

describe('a named storm is never a speaker', () => {
  it('“STORM, he says, will …” after the governor is named: the governor, never the storm', () => {
    for (const storm of STORMS) {
      for (const [frame, words] of [
        [`${storm}, he says, will touch every town in the province.`, 'will touch every town'],
        [`${storm}, he said, would reach every valley by Sunday.`, 'would reach every valley'],
      ] as const) {
        const who = speakerIn(
          article(
            '“This one is bigger than anything we have seen in years,” said Governor Tomas Vell on Tuesday.',
            `${frame} That is why he ordered the islands cleared.`,
          ),
          words,
        );
        expect(who, frame).toBe('Tomas Vell');
      }
    }
  });

  it('a quotation after a paragraph the storm opens: never the storm', () => {
    for (const storm of STORMS) {
      const who = speakerIn(
        article(
          'That was Governor Tomas Vell on Tuesday afternoon.',
          `${storm}, he says, will touch every town in the province. That is why he ordered the islands cleared.`,
          '“The sea this storm may push inland is unlike anything you have known. Do not wait for it.”',
        ),
        'unlike anything you have known',
      );
      expect(who, storm).not.toContain('Odile');
    }
  });
});
