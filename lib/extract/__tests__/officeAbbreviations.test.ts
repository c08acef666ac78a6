import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('an office abbreviated in a mention ("the CM", "PM") is its holder', () => {
  it('"The CM" is the chief minister the story named, not the prime minister', () => {
    const text = article(
      'Harbour Province CM Orla Brennick led a delegation to the ferry board on Monday.',
      'Prime Minister Hamish Dorran spoke to reporters later.',
      'The CM has suggested that one permit should be given to every ferry crew.',
    );
    expect(speakerIn(text, 'one permit should be given')).toBe('Orla Brennick');
  });

  it('"the PM" is not a chief minister', () => {
    const text = article(
      'Harbour Province CM Orla Brennick led a delegation to the ferry board on Monday.',
      'The PM has suggested that one permit should be given to every ferry crew.',
    );
    expect(speakerIn(text, 'one permit should be given')).not.toBe('Orla Brennick');
  });
  it('"Dp Quill" is the deputy president named in full before, not a person called "Dp Quill"', () => {
    const text = article(
      '“We will not hand the quays back,” said Deputy President Tomas Brenner at a church service on Sunday.',
      'Dp Brenner said the harbour board should not worry about the levy.',
    );
    expect(speakerIn(text, 'should not worry about the levy')).toBe('Tomas Brenner');
  });
});
