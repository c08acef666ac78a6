import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a definite description of the person just named (“Quill said … . The mayor …”)', () => {
  it('means the one person the sentence before was about, when nobody holds that office', () => {
    const text = article(
      'Ada Quill said on Friday that the harbour plan would go ahead without a vote.',
      'The mayor told reporters the tide board had been consulted twice. “We owe it to the fishermen to finish the quay this year,” she said.',
    );
    expect(speakerIn(text, 'the tide board had been consulted')).toBe('Ada Quill');
    expect(speakerIn(text, 'We owe it to the fishermen')).toBe('Ada Quill');
  });

  it('not when the sentence before was about someone else or several people', () => {
    const text = article(
      'Ada Quill said on Friday that the harbour plan would go ahead without a vote.',
      'The harbour board met on Friday.',
      'The mayor told reporters the tide board had been consulted twice.',
      'Ben Holt and Nils Ardent met the harbour board on Monday.',
      'The chairman told reporters the quay would open in May.',
    );
    expect(speakerIn(text, 'the tide board had been consulted')).not.toBe('Ada Quill');
    expect(speakerIn(text, 'the quay would open in May')).not.toBe('Ben Holt');
    expect(speakerIn(text, 'the quay would open in May')).not.toBe('Nils Ardent');
  });

  it('not when the person has an office of their own, nor for a relative or an unnamed source', () => {
    const text = article(
      'Harbour Councillor Ada Quill said the plan would go ahead without a vote.',
      'The mayor told reporters the tide board had been consulted twice.',
      'Ben Holt was fined for fishing in the closed bay.',
      'The mother told reporters the fine was far too high for a first offence.',
      'Nils Ardent said the quay would open in May.',
      'The official told reporters the opening could slip to June.',
    );
    expect(speakerIn(text, 'the tide board had been consulted')).not.toBe('Ada Quill');
    expect(speakerIn(text, 'the fine was far too high')).not.toBe('Ben Holt');
    expect(speakerIn(text, 'the opening could slip to June')).not.toBe('Nils Ardent');
  });
});

describe('a definite description after a name set off by “the … one” (“Quill, the calmest one, was …”)', () => {
  it('means that person: a description headed by “one” is no office of their own', () => {
    const text = article(
      'Ada Quill, the calmest one, looked glum after the loss but kept her chin up. “It is only a game and we will be back,” said the Tarrovian captain.',
    );
    expect(speakerIn(text, 'only a game and we will')).toBe('Ada Quill');
  });

  it('not after an appositive that gives an office of their own', () => {
    const text = article(
      'Ada Quill, the club treasurer, looked glum after the loss but kept her chin up. “It is only a game and we will be back,” said the Tarrovian captain.',
    );
    expect(speakerIn(text, 'only a game and we will')).not.toBe('Ada Quill');
  });
});
