import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('an indirect command or request is reported speech', () => {
  it('"NAME urged the board to …", "prayed the panel to …", "requested the chair not to …"', () => {
    const text = article(
      'Harbour Minister Tomas Brenner spoke to reporters at the quay on Monday. Brenner urged the ferry board to drop the levy before the summer season.',
      'Counsel for the council, Mira Holt, prayed the panel to strike out the ferry suit for want of evidence.',
      'Councillor Ada Quill requested the chair not to adjourn the sitting before the vote on the pier.',
    );
    expect(speakerIn(text, 'to drop the levy')).toBe('Tomas Brenner');
    expect(speakerIn(text, 'to strike out the ferry suit')).toBe('Mira Holt');
    expect(speakerIn(text, 'not to adjourn the sitting')).toBe('Ada Quill');
  });

  it('a passive, a phrase after "to", or "he" asking a named person asks nothing of a named speaker', () => {
    const text = article(
      'Tomas Brenner was urged to resign over the ferry levy by three councillors.',
      'Ada Quill urged support to the families of the crew.',
      'Mira Holt met Tomas Brenner at the quay. He urged Ada Quill to drop the levy before the summer.',
    );
    expect(speakerIn(text, 'to resign over the ferry')).toBe('missing');
    expect(speakerIn(text, 'support to the families')).toBe('missing');
    expect(speakerIn(text, 'to drop the levy before')).toBe('missing');
  });
});

describe('pleading, exhorting and appealing to someone are requests too', () => {
  it('"enjoined", "implored", "begged" the one asked to …; "appealed to" them to …', () => {
    const text = article(
      'Union leader Sola Ambrin addressed the students at the Tallow campus gate on Friday.',
      'Ambrin enjoined the students to keep the march peaceful.',
      'Counsel for the ferry firm, Iver Dane, begged the court to allow one more week for the accounts.',
      'Later Ambrin appealed to the townspeople to back the boycott of the new fees.',
    );
    expect(speakerIn(text, 'keep the march peaceful')).toBe('Sola Ambrin');
    expect(speakerIn(text, 'allow one more week')).toBe('Iver Dane');
    expect(speakerIn(text, 'back the boycott of the new fees')).toBe('Sola Ambrin');
  });
  it('"we are asking …" names no asker: the first person speaks in their own words', () => {
    const text = article(
      'Union leader Sola Ambrin addressed the students at the Tallow campus gate on Friday.',
      'We’re asking the dean to meet the students before the fees rise in spring.',
    );
    expect(speakerIn(text, 'meet the students before the fees')).toBe('missing');
  });
});
