import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"the head of the <Portfolio> Ministry" is that portfolio’s minister', () => {
  const text = article(
    'Tarrovian Foreign Minister Orla Brennick explained what the harbour truce means.',
    'Brennick noted that the country agreed to a pause in the fighting.',
    'Defence Minister Hamish Dorran spoke to reporters later.',
    'The head of the Foreign Ministry stated that the ferry accord proves both shores want the dispute settled by spring.',
    'The head of the Defence Ministry stated that the fleet would stay in port until May.',
  );

  it('the foreign minister for the Foreign Ministry', () => {
    expect(speakerIn(text, 'the ferry accord proves both')).toBe('Orla Brennick');
  });

  it('the defence minister for the Defence Ministry, not the other minister', () => {
    expect(speakerIn(text, 'the fleet would stay')).toBe('Hamish Dorran');
  });
});
