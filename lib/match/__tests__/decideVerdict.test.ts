import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import { compareToSource } from '../compareToSource';
import { decideVerdict } from '../decideVerdict';

const SOURCE =
  'after long talks with the unions and the regions, the government will expand the national railway network across the northern provinces by next spring';
const compare = (selection: string) =>
  compareToSource(selection, tokenize(selection), SOURCE, tokenize(SOURCE));

describe('decideVerdict: paraphrase', () => {
  it('does not call a selection that runs on past the part it rewords a paraphrase', () => {
    const c = compare(
      'the cabinet will extend the national railway network across the northern regions by next summer, and the opposition calls it reckless',
    );
    expect(c.similarity).toBeLessThan(0.72);
    expect(c.looseEnds).toBe(7); // 'summer' and the six words after it
    expect(decideVerdict(c, 1)).toBe('no-match');
    // Everything else about it would pass as a paraphrase: the words of its own decide.
    expect(decideVerdict({ ...c, looseEnds: 1 }, 1)).toBe('paraphrase');
  });

  it('still calls a reworded part of a quote a paraphrase', () => {
    const c = compare(
      'the cabinet will extend the national rail network across the northern regions by next summer',
    );
    expect(decideVerdict(c, 1)).toBe('paraphrase');
  });
});
