import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const reported = reportedOf;

const INTRO = HARBOUR_INTRO;

describe('reported speech whose clause runs through a quoted fragment', () => {
  it('“X told … that CLAUSE “fragment” …”: the clause, fragment and all', () => {
    expect(
      reported(
        INTRO,
        'Quell told a later harbour briefing that her group plans to “take a bold stride” this year.',
      ),
    ).toEqual([['Mira Quell', 'her group plans to “take a bold stride” this year']]);
  });

  it('a fragment closing the clause (“… argued that A “B.”)', () => {
    expect(
      reported(INTRO, 'Vell argued that the harbour board of the city “was pushed too far.”'),
    ).toEqual([['Tomas Vell', 'the harbour board of the city “was pushed too far.”']]);
  });

  it('not a longer quotation the clause runs into: the quotation alone', () => {
    expect(
      reported(
        INTRO,
        'Vell argued that the harbour board “has been pushed to the very brink of ruin this winter.”',
      ),
    ).toEqual([]);
  });

  it('a longer quotation inside the clause, its words going on after it: the clause, quotation and all', () => {
    expect(
      reported(
        INTRO,
        'Vell said the audit of the harbour revealed “a long trail of broken repair promises” by both ferry boards.',
        'Quell said at a dockside rally that the council will keep making “every effort to open the full ledgers” of the pier fund.',
      ),
    ).toEqual([
      [
        'Tomas Vell',
        'the audit of the harbour revealed “a long trail of broken repair promises” by both ferry boards',
      ],
      [
        'Mira Quell',
        'the council will keep making “every effort to open the full ledgers” of the pier fund',
      ],
    ]);
  });

  it('not a longer quotation set off by its own comma, nor one inside a report within a report', () => {
    expect(
      reported(
        INTRO,
        'Vell said the board would now “look hard at every levy that earns nothing,” and he named two levies.',
        'Vell went on to attack Quell, saying she commented that the board could not “keep our own crews afloat” this winter.',
      ),
    ).toEqual([]);
  });

  it('two fragments joined by “and that”', () => {
    expect(
      reported(
        INTRO,
        'Quell said that the mooring rules are “mostly pointless,” and that the council “should stand up to them.”',
      ),
    ).toEqual([
      [
        'Mira Quell',
        'the mooring rules are “mostly pointless,” and that the council “should stand up to them.”',
      ],
    ]);
  });

  it('“A “fragment”, she said”: the clause before the attribution', () => {
    expect(reported(INTRO, 'Her office would sail “under its own colours”, she said.')).toEqual([
      ['Mira Quell', 'Her office would sail “under its own colours”'],
    ]);
  });

  it('a clause that opens with a quoted word (“but said “instability” may …”)', () => {
    expect(
      reported(
        INTRO,
        'Vell declined to say whether he agreed, but said “confusion” may have slowed the ferry.',
      ),
    ).toEqual([['Tomas Vell', '“confusion” may have slowed the ferry']]);
  });

  it('not a quotation set off after the clause, nor another speaker’s words inside it', () => {
    // ("… and Vell replied “…”": the clause before the second speaker ends at their "and".)
    expect(
      reported(
        INTRO,
        'Vell said the ferry would sail again, “and nobody will stop it this time round.”',
        'Quell said the levy would rise and Vell replied “it will never pass the council.”',
      ),
    ).toEqual([
      ['Tomas Vell', 'the ferry would sail again'],
      ['Mira Quell', 'the levy would rise'],
    ]);
  });

  it('a longer quotation after a comma ends the clause at that comma', () => {
    expect(
      reported(
        INTRO,
        'Vell stressed that inspectors must take care when passing updates to the crews, and that they could not “reveal a thing that might harm the inquiry.”',
      ),
    ).toEqual([['Tomas Vell', 'inspectors must take care when passing updates to the crews']]);
  });

  it('the clause stops before the speaker’s next verb (“… and noted that …”) and a participle (“…, noting …”)', () => {
    expect(
      reported(
        INTRO,
        'Quell said the money had been “announced three times already” and noted that the tanks would not be finished until 2027.',
        'Vell told the assembly that ferry reform can “no longer be put off” and called for patience, noting the two parties share the same goals.',
      ),
    ).toEqual([
      ['Mira Quell', 'the money had been “announced three times already”'],
      ['Mira Quell', 'the tanks would not be finished until 2027'],
      ['Tomas Vell', 'ferry reform can “no longer be put off” and called for patience'],
      ['Tomas Vell', 'the two parties share the same goals'],
    ]);
  });
});
