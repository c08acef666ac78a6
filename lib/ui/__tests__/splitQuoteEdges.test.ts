import { describe, expect, it } from 'vitest';
import { splitQuoteEdges } from '../splitQuoteEdges';

describe('splitQuoteEdges', () => {
  it('dims the parts of the quote before and after the selection', () => {
    expect(
      splitQuoteEdges([
        { op: 'delete', text: 'In the next ' },
        { op: 'equal', text: 'four years we will ' },
        { op: 'delete', text: 'build' },
        { op: 'insert', text: 'break' },
        { op: 'equal', text: ' bridges' },
        { op: 'delete', text: ', he said.' },
      ]),
    ).toEqual([
      { op: 'outside', text: 'In the next ' },
      { op: 'equal', text: 'four years we will ' },
      { op: 'delete', text: 'build' },
      { op: 'insert', text: 'break' },
      { op: 'equal', text: ' bridges' },
      { op: 'outside', text: ', he said.' },
    ]);
  });

  it('keeps an edge insertion as an insertion', () => {
    expect(
      splitQuoteEdges([
        { op: 'insert', text: 'Never ' },
        { op: 'equal', text: 'again' },
      ]),
    ).toEqual([
      { op: 'insert', text: 'Never ' },
      { op: 'equal', text: 'again' },
    ]);
  });

  it('leaves a quote with no kept word alone', () => {
    const segments = [
      { op: 'delete' as const, text: 'a' },
      { op: 'insert' as const, text: 'b' },
    ];
    expect(splitQuoteEdges(segments)).toEqual(segments);
  });
});
