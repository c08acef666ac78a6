// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderCorpusView, type ReaderCorpusViewProps } from '../ReaderCorpusView';
import { addedArticle, importedFile, t } from './fixtures';

afterEach(cleanup);

const article = addedArticle;
const imported = importedFile;

function show(props: Partial<ReaderCorpusViewProps> = {}) {
  const onRemove = vi.fn();
  const onExport = vi.fn();
  render(
    <ReaderCorpusView
      entries={[article, imported]}
      damaged={{}}
      storage={{ usage: 25_400_000, quota: 11_000_000_000 }}
      status={null}
      busy={false}
      onRemove={onRemove}
      onExport={onExport}
      t={t}
      locale="en"
      {...props}
    />,
  );
  return { onRemove, onExport };
}

describe('ReaderCorpusView', () => {
  it('lists each article and import: title or file name, outlet, date, quotes, added on', () => {
    show();
    const items = screen.getAllByTestId('reader-entry');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining(
        'Harbour ferry to sail through the nightThe Coastline Courier · 14 May 2026 · 8 quotations · added 30 November 2026',
      ),
      expect.stringContaining(
        'quotes-2015.jsonlImported file · 99,995 quotations from 4,812 speakers · 2 January 2015 to 15 May 2016 · added 29 November 2026',
      ),
    ]);
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe(article.url);
    expect(items[1]!.querySelector('a')).toBeNull();
    expect(screen.getByTestId('storage-use').textContent).toBe(
      'Storage used by Quote Check in this browser: 25 MB (the browser allows up to 11 GB).',
    );
  });

  it('removes the one asked for, by a button that names it', () => {
    const { onRemove } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Remove “quotes-2015.jsonl”' }));
    expect(onRemove).toHaveBeenCalledWith(imported);
  });

  it('links only http(s) addresses and shows titles as text', () => {
    const hostile = {
      ...article,
      title: '<img src=x onerror=alert(1)>',
      url: 'javascript:alert(1)',
    };
    show({ entries: [hostile] });
    const item = screen.getByTestId('reader-entry');
    expect(item.querySelector('a, img')).toBeNull();
    expect(item.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says what part of an entry could not be read, and when the browser gives no storage figure', () => {
    show({ damaged: { e1: 'the quote store is damaged' }, storage: null });
    expect(screen.getAllByTestId('reader-entry')[0]!.textContent).toContain(
      'Part of this could not be read and is left out of checks: the quote store is damaged',
    );
    expect(screen.getByTestId('storage-use').textContent).toBe(
      'The browser does not say how much storage Quote Check uses.',
    );
  });

  it('exports on "Export my corpus", which waits while the corpus is empty or busy', () => {
    const { onExport } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Export my corpus' }));
    expect(onExport).toHaveBeenCalledTimes(1);
    cleanup();
    show({ entries: [] });
    expect(screen.getByTestId('reader-empty')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Export my corpus' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
