import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"said <Body> (<ABBR>) <role> <Full Name>": the person, not the body', () => {
  it('the bracketed abbreviation ends no subject when a role and a full name follow it', () => {
    const text = article(
      '"It is our view that the ferry turnout shows good planning," said Tarrow Harbour Commission (THC) chairwoman Orla Brennick at a briefing on Monday.',
    );
    expect(speakerIn(text, 'the ferry turnout shows good')).toBe('Orla Brennick');
  });

  it('the body still speaks for itself when no person follows its abbreviation', () => {
    const text = article(
      '"The ferry turnout shows good planning," said Tarrow Harbour Commission (THC) in a statement on Monday.',
    );
    expect(speakerIn(text, 'The ferry turnout shows good')).not.toBe('Orla Brennick');
    expect(speakerIn(text, 'The ferry turnout shows good')).toContain('Tarrow Harbour Commission');
  });
});
