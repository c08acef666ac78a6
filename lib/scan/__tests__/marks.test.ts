import { describe, expect, it } from 'vitest';
import { VERDICT_STYLES } from '../../ui/verdictStyle';
import { markAt } from '../markAt';
import {
  FLASH_HIGHLIGHT,
  highlightCss,
  highlightName,
  MARKED_VERDICTS,
  markStyle,
} from '../markStyles';
import { coverageNotes, summarizeScan } from '../summarizeScan';

describe('markStyles', () => {
  it('one highlight per verdict, each with its colour and an underline style of its own', () => {
    const lines = MARKED_VERDICTS.map((v) => markStyle(v).line);
    // Misattributed, altered, paraphrase, close and verbatim are told apart without colour.
    expect(new Set(lines.slice(0, 5)).size).toBe(5);
    const css = highlightCss();
    for (const v of MARKED_VERDICTS) {
      const rule = css.split('\n').find((r) => r.startsWith(`::highlight(${highlightName(v)})`));
      expect(rule, v).toContain(VERDICT_STYLES[v].color);
      expect(rule, v).toContain(markStyle(v).line);
      expect(rule, v).toContain('!important');
    }
    expect(css).toContain(`::highlight(${FLASH_HIGHLIGHT})`);
    // Never the page's text colour, except for the flash (dark on yellow).
    expect(css.split('\n').filter((r) => /(^|[ ;{])color:/.test(r))).toHaveLength(1);
  });

  it('the tint is the verdict colour, mostly transparent', () => {
    expect(markStyle('altered').tint).toBe('rgba(179, 38, 30, 0.2)');
  });
});

describe('summarizeScan', () => {
  it('counts the known quotations by verdict and the altered or misattributed ones', () => {
    const s = summarizeScan([
      { verdict: 'verbatim', marked: true },
      { verdict: 'altered', marked: true },
      { verdict: 'misattributed', marked: false },
      { verdict: 'no-match', marked: false },
      { verdict: 'common', marked: false },
      { verdict: 'altered', marked: true },
    ]);
    expect(s).toEqual({
      checked: 6,
      known: 4,
      flagged: 3,
      marked: 3,
      byVerdict: [
        { verdict: 'misattributed', count: 1 },
        { verdict: 'altered', count: 2 },
        { verdict: 'verbatim', count: 1 },
      ],
    });
  });

  it('says what the scan did not cover, one note each', () => {
    const full = {
      pageChars: 10,
      readChars: 10,
      articleChars: 5,
      articleTotalChars: 5,
      found: 3,
      checked: 3,
      noArticle: false,
      frames: 0,
      lost: 0,
    };
    expect(coverageNotes(full)).toEqual([]);
    expect(
      coverageNotes({
        ...full,
        readChars: 4,
        articleTotalChars: 9,
        checked: 2,
        frames: 1,
        lost: 1,
      }).map((n) => n.kind),
    ).toEqual(['page-cut', 'article-cut', 'not-all-checked', 'frames', 'lost']);
    expect(coverageNotes({ ...full, noArticle: true, found: 0, checked: 0 })).toEqual([
      { kind: 'no-article' },
    ]);
  });
});

describe('markAt', () => {
  const line = (left: number, top: number, right: number, bottom: number) => ({
    left,
    top,
    right,
    bottom,
  });
  const marks = [
    { id: 'q1', rects: [line(100, 100, 500, 120), line(20, 120, 300, 140)] },
    { id: 'q2', rects: [line(320, 120, 600, 140)] },
    // A short quotation inside q1's first line (nested marks): the inner one wins.
    { id: 'q3', rects: [line(200, 100, 260, 120)] },
  ];
  it('finds the mark under the point, on any of its lines', () => {
    expect(markAt(150, 110, marks)).toBe('q1');
    expect(markAt(50, 130, marks)).toBe('q1');
    expect(markAt(400, 130, marks)).toBe('q2');
    expect(markAt(230, 110, marks)).toBe('q3');
  });
  it('nothing outside the lines (past the slop), and empty rectangles never match', () => {
    expect(markAt(700, 110, marks)).toBeNull();
    expect(markAt(150, 95, marks)).toBeNull();
    expect(markAt(5, 5, [{ id: 'x', rects: [line(0, 0, 0, 10)] }])).toBeNull();
  });
});
