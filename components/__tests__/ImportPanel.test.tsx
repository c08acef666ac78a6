// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel, type ImportView } from '../ImportPanel';
import { importedFile, t } from './fixtures';

afterEach(cleanup);

function show(state: ImportView) {
  const onFile = vi.fn();
  const onCancel = vi.fn();
  render(<ImportPanel state={state} onFile={onFile} onCancel={onCancel} t={t} locale="en" />);
  return { onFile, onCancel };
}

const done: ImportView = {
  kind: 'done',
  seconds: 8.46,
  report: {
    entry: { ...importedFile, addedAt: '2026-11-30' },
    summary: {
      format: 'quotebank',
      compression: null,
      bytesRead: 57_000_000,
      lines: 100_000,
      quotes: 99_995,
      unattributed: 31_000,
      weakSpeakerDropped: 5_000,
      speakers: 4_812,
      articles: 25_000,
      narration: 0,
      chunks: 2,
      skipped: {
        count: 2,
        listed: [
          { line: 12_500, reason: 'not JSON (Unexpected token)' },
          { line: 25_000, reason: '<b>not</b> a JSON object (got an array)' },
        ],
      },
      notes: {
        count: 1,
        listed: [{ line: 75_000, reason: 'URL is not http(s); kept without a link' }],
      },
    },
    alreadyHeld: { articles: 3, quotes: 7 },
    segments: 2,
  },
};

describe('ImportPanel', () => {
  it('takes a file from the input named "Import quotes"', () => {
    const { onFile } = show({ kind: 'idle' });
    const input = screen.getByLabelText('Import quotes') as HTMLInputElement;
    const file = new File(['{}'], 'quotes.jsonl');
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    expect(onFile).toHaveBeenCalledWith(file);
  });

  it('shows progress with counts and a Cancel button while it runs', () => {
    const { onCancel } = show({
      kind: 'running',
      file: 'quotes.jsonl',
      size: 1000,
      progress: { bytesRead: 400, lines: 45_000, quotes: 44_990, skipped: 3 },
      cancelling: false,
    });
    const bar = screen.getByRole('progressbar', { name: 'Import progress' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([400, 1000]);
    expect(screen.getByTestId('import-counts').textContent).toBe(
      '45,000 lines read · 44,990 quotations · 3 skipped',
    );
    expect((screen.getByLabelText('Import quotes') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('sums up: quotes added, speakers, what it left out and why, by line number, as text', () => {
    show(done);
    const summary = screen.getByTestId('import-summary');
    expect(summary.textContent).toContain(
      'Imported “quotes-2015.jsonl”: 99,995 quotations from 4,812 speakers (100,000 lines, 8.5\u00a0s).',
    );
    expect(summary.textContent).toContain('31,000 of them name no one');
    expect(summary.textContent).toContain(
      '3 articles (7 quotations) were in your corpus already and were left out.',
    );
    expect(
      [...screen.getByTestId('import-skipped').querySelectorAll('li')].map((li) => li.textContent),
    ).toEqual([
      'line 12,500: not JSON (Unexpected token)',
      'line 25,000: <b>not</b> a JSON object (got an array)',
    ]);
    expect(screen.getByTestId('import-skipped').querySelector('b')).toBeNull();
    expect(screen.getByTestId('import-notes').textContent).toContain('line 75,000');
  });

  it('says a cancelled or failed import added nothing', () => {
    show({ kind: 'failed', file: 'x', error: { code: 'import-cancelled', message: 'cancelled' } });
    expect(screen.getByTestId('import-result').textContent).toBe(
      'Import cancelled. Nothing was added: your corpus is as it was.',
    );
    cleanup();
    show({
      kind: 'failed',
      file: 'x',
      error: { code: 'storage-full', message: 'The browser has no more room for your corpus.' },
    });
    expect(screen.getByTestId('import-result').textContent).toBe(
      'The import stopped: The browser has no more room for your corpus. Nothing was added: your corpus is as it was.',
    );
  });
});
