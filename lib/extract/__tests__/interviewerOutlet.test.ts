import { describe, expect, it } from 'vitest';
import { interviewerOutlet } from '../interviewerOutlet.ts';
import type { BodyLine } from '../types.ts';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

const body = (...texts: string[]): BodyLine[] =>
  texts.map((text, i) => ({ text, line: i + 1, role: 'body' }));

describe('the outlet a story’s people spoke to, paragraph after paragraph', () => {
  it('named twice as the one people told: the page’s own outlet', () => {
    expect(
      facts(
        HEADLINE,
        STORY,
        'Ferry captain Olwen Pratt told Quay Radio Tuesday that the crossings would run late.',
        'Speaking to Quay Radio, a commuter said the rise was steep but fair.',
        MORE,
      ).outlet,
    ).toBe('Quay Radio');
    expect(
      interviewerOutlet(
        body(
          'A trader told The Tarrow Ledger that stalls had closed.',
          'The harbour master has told The Tarrow Ledger’s reporter the quay was safe.',
        ),
      ),
    ).toBe('The Tarrow Ledger');
  });

  it('named once, a person, a day or a wire agency: no outlet', () => {
    // One interview credited to another outlet.
    expect(interviewerOutlet(body('A trader told Quay Radio that stalls had closed.'))).toBeNull();
    expect(
      interviewerOutlet(
        body('A trader told Ada Quill the news.', 'The clerk told Ada Quill the same.'),
      ),
    ).toBeNull();
    expect(
      interviewerOutlet(
        body('The board told Reuters the fares would rise.', 'A clerk told Reuters so too.'),
      ),
    ).toBeNull();
  });

  it('the page title’s suffix that names that outlet leaves the headline', () => {
    expect(
      facts(
        `${HEADLINE} | Quay Radio`,
        STORY,
        'Ferry captain Olwen Pratt told Quay Radio that the crossings would run late.',
        'A commuter told Quay Radio the rise was steep.',
      ).title,
    ).toBe(HEADLINE);
    // A name after the bar that the page never names as its outlet stays.
    expect(facts(`${HEADLINE} | Tarrow Notes`, STORY, MORE).title).toBe(
      `${HEADLINE} | Tarrow Notes`,
    );
  });
});
