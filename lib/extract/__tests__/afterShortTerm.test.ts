import { describe, expect, it } from 'vitest';
import { speakerOf } from './inventedArticle.ts';

const NEXT = '“Higher seas push the water in, and all you need is a storm.”';

describe('a quoted sentence after "… “word,” said X, …" in its paragraph', () => {
  it.each([
    'The links between the tides and the floods are “straightforward,” said Ada Quill, a hydrologist at Northmoor University.',
    'The case is “simple,” said Ada Quill.',
    'The risk is “obvious,” says Ada Quill, who studies the estuary.',
    'Calling the link “straightforward,” added Ada Quill, a hydrologist.',
    'Flooding here is “routine,” explained Dr. Ada Quill of Northmoor University.',
  ])('%s', (before) => {
    expect(speakerOf('Higher seas', 'The board met on Monday.', `${before} ${NEXT}`)).toBe(
      'Ada Quill',
    );
  });

  it('not when another person speaks in the sentence after the term', () => {
    expect(
      speakerOf(
        'Higher seas',
        'The board met on Monday.',
        `The link is “straightforward,” said Ada Quill. “Higher seas push the water in, and all you need is a storm,” Tomas Varga replied.`,
      ),
    ).not.toBe('Ada Quill');
  });

  it('not when the sentence before names a second person', () => {
    expect(
      speakerOf(
        'Higher seas',
        'The board met on Monday.',
        `The link is “straightforward,” said Ada Quill, who works with Tomas Varga at Northmoor. ${NEXT}`,
      ),
    ).toBe('');
  });
});
