// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleDraft } from '../../lib/reader/ArticleDraft';
import { ArticleReview, type ArticleReviewProps, type ReviewState } from '../ArticleReview';
import { t } from './fixtures';

afterEach(cleanup);

const draft: ArticleDraft = {
  title: 'Harbour ferry to sail through the night',
  outlet: 'The Coastline Courier',
  published: '2026-05-14',
  url: 'https://coastline-courier.test/ferry',
  pagePublished: '2026-05-14',
  byline: null,
  people: [
    { name: 'Oskar Lindqvist', description: 'harbour master', aliases: [] },
    { name: 'Agnes Moor', description: '', aliases: [] },
  ],
  quotes: [
    {
      text: 'We have watched the queues grow every summer',
      context: '“We have watched the queues grow every summer,” said Oskar Lindqvist.',
      kind: 'direct',
      speaker: 'Oskar Lindqvist',
      source: null,
      sourceKind: null,
      keep: true,
      unattributed: null,
    },
    {
      text: 'Nobody asked the crews',
      context: '“Nobody asked the crews,” said one deck officer.',
      kind: 'direct',
      speaker: '',
      source: 'one deck officer',
      sourceKind: 'anonymous',
      keep: true,
      unattributed: null,
    },
    {
      text: '<b>The rota</b> is fair',
      context: '“<b>The rota</b> is fair,” she said.',
      kind: 'direct',
      speaker: '',
      source: null,
      sourceKind: null,
      keep: false,
      unattributed: '"she" could be Petra Hallam or Agnes Moor',
    },
  ],
  narration: ['The ferry will run at night.'],
  leftOut: 0,
};

/** The review with its draft held in state, as the review page holds it. */
function Harness(props: Partial<ArticleReviewProps> & { onDraft?: (d: ArticleDraft) => void }) {
  const [current, setCurrent] = useState(draft);
  return (
    <ArticleReview
      view={{ draft, existing: null }}
      draft={current}
      state={{ kind: 'editing' }}
      onChange={(d) => {
        setCurrent(d);
        props.onDraft?.(d);
      }}
      onSave={vi.fn()}
      onReplace={vi.fn()}
      onKeepOld={vi.fn()}
      onClose={vi.fn()}
      t={t}
      locale="en"
      {...props}
    />
  );
}

describe('ArticleReview', () => {
  it('lists every quotation with its speaker and kind; the open one asks who said it, unchecked', () => {
    render(<Harness />);
    const items = screen.getAllByTestId('review-quote');
    expect(items).toHaveLength(3);
    expect(screen.getByText('Quotations found (3)')).toBeTruthy();
    expect(screen.getByTestId('review-kept').textContent).toBe('2 of 3 kept');
    const speakers = screen.getAllByTestId('review-speaker') as HTMLInputElement[];
    expect(speakers.map((s) => s.value)).toEqual(['Oskar Lindqvist', '', '']);
    // A choice of the people the article names, or any name typed.
    expect(speakers[0]!.getAttribute('list')).toBe('qc-people');
    expect(
      [...document.querySelectorAll('#qc-people option')].map(
        (o) => (o as HTMLOptionElement).value,
      ),
    ).toEqual(['Oskar Lindqvist', 'Agnes Moor']);
    expect(screen.getByLabelText('Who said this?')).toBe(speakers[2]);
    expect(screen.getByTestId('review-unattributed').textContent).toBe(
      'Quote Check could not tell who said this: "she" could be Petra Hallam or Agnes Moor.',
    );
    expect(screen.getByTestId('review-source').textContent).toBe(
      'Source: one deck officer (not named)',
    );
    const keeps = screen.getAllByRole('checkbox', { name: 'Keep' }) as HTMLInputElement[];
    expect(keeps.map((k) => k.checked)).toEqual([true, true, false]);
  });

  it('renders page text as text: markup in a quotation stays visible characters', () => {
    render(<Harness />);
    const texts = screen.getAllByTestId('review-quote-text');
    expect(texts[2]!.textContent).toBe('<b>The rota</b> is fair');
    expect(texts[2]!.querySelector('b')).toBeNull();
  });

  it('naming who said an open quotation keeps it; the kind and the facts can be changed', () => {
    const onDraft = vi.fn();
    render(<Harness onDraft={onDraft} />);
    fireEvent.input(screen.getByLabelText('Who said this?'), { target: { value: 'Agnes Moor' } });
    expect(onDraft.mock.lastCall?.[0].quotes[2]).toMatchObject({
      speaker: 'Agnes Moor',
      keep: true,
    });
    expect(screen.getByTestId('review-kept').textContent).toBe('3 of 3 kept');
    fireEvent.click(screen.getAllByLabelText('Reported speech')[0]!);
    expect(onDraft.mock.lastCall?.[0].quotes[0].kind).toBe('reported');
    fireEvent.input(screen.getByLabelText('Outlet'), { target: { value: 'Courier' } });
    expect(onDraft.mock.lastCall?.[0].outlet).toBe('Courier');
    fireEvent.click(screen.getAllByRole('checkbox', { name: 'Keep' })[0]!);
    expect(onDraft.mock.lastCall?.[0].quotes[0].keep).toBe(false);
  });

  it('saves on "Save to my corpus", and cannot save with nothing kept', () => {
    const onSave = vi.fn();
    const { unmount } = render(<Harness onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to my corpus' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    unmount();
    const none = { ...draft, quotes: draft.quotes.map((q) => ({ ...q, keep: false })) };
    render(<Harness draft={none} />);
    expect(
      (screen.getByRole('button', { name: 'Save to my corpus' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('asks before replacing the copy of the same page added before', () => {
    const onReplace = vi.fn();
    const onKeepOld = vi.fn();
    const existing = { entryId: 'e1', title: 'Old headline', addedAt: '2026-11-02' };
    const state: ReviewState = { kind: 'exists', existing };
    render(<Harness state={state} onReplace={onReplace} onKeepOld={onKeepOld} />);
    expect(screen.getByTestId('review-exists').textContent).toContain(
      'You added this page on 2 November 2026 (“Old headline”). Replace that copy with this one?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Replace it' }));
    expect(onReplace).toHaveBeenCalledWith(existing);
    fireEvent.click(screen.getByRole('button', { name: 'Keep the old copy' }));
    expect(onKeepOld).toHaveBeenCalled();
  });

  it('says what was saved, or why not', () => {
    const entry = {
      id: 'e2',
      kind: 'article' as const,
      state: 'live' as const,
      title: draft.title,
      outlet: null,
      published: null,
      url: null,
      quotes: 2,
      speakers: 1,
      articles: 1,
      addedAt: '2026-11-30',
      addedAtMs: 0,
    };
    const { unmount } = render(<Harness state={{ kind: 'saved', entry }} />);
    expect(screen.getByTestId('review-status').textContent).toBe(
      `Saved: 2 quotations from “${draft.title}” are in your corpus. Every check finds them from now on.`,
    );
    expect(screen.getByRole('button', { name: 'Close this tab' })).toBeTruthy();
    expect((screen.getByLabelText('Headline') as HTMLInputElement).disabled).toBe(true);
    unmount();
    render(
      <Harness
        state={{
          kind: 'error',
          message: 'The date “2026-02-30” is not a calendar date (YYYY-MM-DD).',
        }}
      />,
    );
    expect(screen.getByTestId('review-status').className).toBe('qc-error');
  });
});
