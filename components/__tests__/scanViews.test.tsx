// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckOutcome } from '../../lib/protocol';
import { summarizeScan } from '../../lib/scan/summarizeScan';
import type { ScanItem, ScanReport } from '../../lib/scan/types';
import { cardVerdictOf } from '../../lib/ui/cardVerdictOf';
import { CardDialog } from '../CardDialog';
import { CoverageNotes } from '../CoverageNotes';
import { ResultCard } from '../ResultCard';
import { ScanLegend } from '../ScanLegend';
import { ScanList } from '../ScanList';
import * as f from './fixtures';

afterEach(cleanup);

const page = { url: 'https://news.example/story?id=4', title: 'A story' };

function item(id: string, o: CheckOutcome, speaker: string | null): ScanItem {
  return {
    id,
    text: o.text,
    kind: 'direct',
    speaker,
    source: null,
    result: o.result,
    verdict: cardVerdictOf(o),
    marked: true,
  };
}

const report: ScanReport = {
  page,
  items: [
    item('q1', f.verbatim, 'Lee Jae-myung'),
    item('q2', f.misattributed, 'Moon Jae-in'),
    item('q3', f.noMatch, null),
    item('q4', f.altered, null),
  ],
  coverage: {
    pageChars: 1000,
    readChars: 1000,
    articleChars: 900,
    articleTotalChars: 900,
    found: 6,
    checked: 4,
    noArticle: false,
    frames: 1,
    lost: 0,
  },
  path: 'highlights',
  timings: { readMs: 1, checkMs: 1, markMs: 1, totalMs: 3 },
};

describe('ScanList (the popup)', () => {
  it('lists the known quotations in page order: verdict, page against source, headline and date', () => {
    const onChoose = vi.fn();
    const view = render(
      <ScanList report={report} t={f.t} locale="en" chosen="q2" onChoose={onChoose} />,
    );
    const items = view.getAllByTestId('scan-item');
    expect(items.map((b) => b.dataset.verdict)).toEqual(['verbatim', 'misattributed', 'altered']);
    const second = items[1]!;
    expect(second.querySelector('[data-testid="scan-item-page"]')?.textContent).toBe(
      'Page: Moon Jae-in',
    );
    expect(second.querySelector('[data-testid="scan-item-source"]')?.textContent).toBe(
      'Source: Lee Jae-myung',
    );
    expect(second.querySelector('[data-testid="scan-item-headline"]')?.textContent).toBe(
      f.hankyoreh.title,
    );
    expect(second.querySelector('[data-testid="scan-item-date"]')?.textContent).toBe(
      '23 August 2021',
    );
    expect(second.getAttribute('aria-current')).toBe('true');
    expect(items[2]!.querySelector('[data-testid="scan-item-page"]')?.textContent).toBe(
      'Page: no one named',
    );
    // Its accessible name says what choosing it does.
    expect(second.textContent).toContain('Show in the page');
    fireEvent.click(items[2]!);
    expect(onChoose).toHaveBeenCalledWith('q4');
    expect(view.getByTestId('scan-summary').textContent).toBe(
      '3 of the 4 quotations on this page are in the corpus.',
    );
    // What the scan left out, in words.
    expect(view.getByTestId('scan-coverage').textContent).toContain(
      'Checked the first 4 of 6 quotations.',
    );
    expect(view.getByTestId('scan-coverage').textContent).toContain(
      'Quotations inside embedded frames (1) were not read.',
    );
  });

  it('page text is rendered as text, never as markup', () => {
    const hostile: ScanReport = {
      ...report,
      items: [{ ...item('q1', f.verbatim, '<img src=x onerror=alert(1)>Lee') }],
    };
    const view = render(
      <ScanList report={hostile} t={f.t} locale="en" chosen={null} onChoose={() => {}} />,
    );
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.getByTestId('scan-item-page').textContent).toContain('<img');
  });
});

describe('ScanLegend (in the page)', () => {
  it('each verdict present, its word and count, the hint, the notes; the button clears', () => {
    const onClear = vi.fn();
    const summary = summarizeScan(report.items);
    const view = render(
      <ScanLegend
        summary={summary}
        notes={[{ kind: 'lost', lost: 2 }]}
        theme="light"
        lang="en"
        t={f.t}
        onClear={onClear}
      />,
    );
    const legend = view.getByTestId('scan-legend');
    expect(
      [...legend.querySelectorAll('.qc-scan-legend-list li')].map((li) => li.textContent),
    ).toEqual(['AbcMisattributed1', 'AbcAltered1', 'AbcVerbatim1']);
    expect(legend.textContent).toContain('Click a marked quotation for its source.');
    expect(legend.textContent).toContain(
      '2 known quotations changed on the page before they could be marked.',
    );
    fireEvent.click(view.getByRole('button', { name: 'Remove the marks' }));
    expect(onClear).toHaveBeenCalled();
  });

  it('with nothing known: one line, no list, no hint', () => {
    const view = render(
      <ScanLegend
        summary={summarizeScan([])}
        notes={[{ kind: 'no-article' }]}
        theme="dark"
        lang="en"
        t={f.t}
        onClear={() => {}}
      />,
    );
    expect(view.getByTestId('scan-summary').textContent).toBe('No quotation found on this page.');
    expect(view.container.querySelector('li:not([data-note])')).toBeNull();
    expect(view.getByTestId('scan-legend').textContent).not.toContain('Click a marked');
  });
});

describe('CoverageNotes', () => {
  it('numbers in the reader’s locale', () => {
    const view = render(
      <CoverageNotes
        notes={[{ kind: 'page-cut', readChars: 200000, pageChars: 5089682 }]}
        t={f.t}
        locale="en"
      />,
    );
    expect(view.container.textContent).toBe(
      'This page is very long: the scan read its first 200,000 of 5,089,682 characters.',
    );
  });
});

describe('Copy as ClaimReview (the card’s menu)', () => {
  const show = (outcome: CheckOutcome, copy = vi.fn(async () => true)) => {
    const onClose = vi.fn();
    const view = render(
      <CardDialog theme="light" lang="en" onClose={onClose} t={f.t}>
        <ResultCard outcome={outcome} t={f.t} locale="en" copy={copy} today="2026-03-05" />
      </CardDialog>,
    );
    return { view, copy, onClose };
  };

  it('copies the check as ClaimReview JSON-LD: the page’s claim, our rating, the source', async () => {
    const { view, copy } = show({ ...f.misattributed, page });
    const button = view.getByTestId('card-menu');
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(view.getByRole('menuitem', { name: 'Copy as ClaimReview' }));
    await waitFor(() => expect(copy).toHaveBeenCalled());
    const json = String((copy.mock.calls as unknown[][])[0]![0]);
    const review = JSON.parse(json);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: f.leeQuote,
      datePublished: '2026-03-05',
      url: page.url,
      itemReviewed: {
        author: { name: 'Moon Jae-in' },
        appearance: { headline: page.title, url: page.url },
        firstAppearance: { headline: f.hankyoreh.title, url: f.hankyoreh.url },
      },
      reviewRating: { alternateName: 'Misattributed', ratingValue: 1 },
    });
    await waitFor(() =>
      expect(view.container.querySelector('.qc-menu-status')?.textContent).toBe(
        'ClaimReview JSON-LD copied.',
      ),
    );
  });

  it('when the clipboard refuses, shows the JSON-LD to copy by hand', async () => {
    const { view } = show(
      { ...f.verbatim, page },
      vi.fn(async () => false),
    );
    fireEvent.click(view.getByTestId('card-menu'));
    fireEvent.click(view.getByRole('menuitem', { name: 'Copy as ClaimReview' }));
    await waitFor(() => expect(view.container.querySelector('.qc-menu-text')).not.toBeNull());
    expect(JSON.parse(view.container.querySelector('.qc-menu-text')!.textContent!)).toMatchObject({
      reviewRating: { alternateName: 'Verbatim' },
    });
  });

  it('Escape closes the menu and gives focus back to its button, not the card', async () => {
    const { view, onClose } = show({ ...f.altered, page });
    const button = view.getByTestId('card-menu');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('menuitem'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(view.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('no menu for a check without a source quote', () => {
    for (const o of [f.noMatch, f.tooShort, f.common, f.sourceText, f.failed]) {
      const { view } = show({ ...o, page });
      expect(view.queryByTestId('card-menu')).toBeNull();
      cleanup();
    }
  });
});

describe('A selection over several quotations', () => {
  it('says how many, then each part’s own card with its verdict, in order', () => {
    const outcome: CheckOutcome = {
      text: 'both',
      result: f.misattributed.result,
      parts: [f.verbatim, f.misattributed],
      covered: { readChars: 120000, totalChars: 250000 },
    };
    const view = render(
      <ResultCard outcome={outcome} t={f.t} locale="en" copy={async () => true} />,
    );
    expect(view.getByTestId('selection-parts').textContent).toContain(
      'This selection holds 2 quotations, each checked on its own.',
    );
    expect(view.getByTestId('selection-parts').textContent).toContain(
      'Read the first 120,000 of 250,000 characters of the selection.',
    );
    const parts = view.getAllByTestId('selection-part');
    expect(
      parts.map((p) =>
        p.querySelector('[data-testid="result-card"]')?.getAttribute('data-verdict'),
      ),
    ).toEqual(['verbatim', 'misattributed']);
    expect(parts[0]!.textContent).toContain('Quotation 1 of 2');
    // Each part's verdict at a glance, before the parts: the misattribution is seen at once.
    expect(
      [...view.getByTestId('parts-glance').querySelectorAll('li')].map((li) => li.textContent),
    ).toEqual(['1✓Verbatim', '2≠Misattributed']);
  });
});
