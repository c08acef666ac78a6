// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusSummary } from '../../lib/protocol';
import { err, ok } from '../../lib/result';
import { type OptionsSettings, OptionsView } from '../OptionsView';
import { t } from './fixtures';

afterEach(cleanup);

const summary: CorpusSummary = {
  quotes: 32,
  speakers: 3,
  articles: 2,
  sources: [
    {
      id: 'a',
      title: 'Lee Jae-myung says he will meet with Kim Jong-un',
      outlet: 'The Hankyoreh',
      url: 'https://english.hani.co.kr/a',
      published: '2021-08-23',
      dateSource: 'article',
      quotes: 11,
    },
    {
      id: 'b',
      title: 'President Lee, in an interview with Turkish media',
      outlet: null,
      url: null,
      published: '2025-09-23',
      dateSource: 'curator',
      quotes: 10,
    },
  ],
};

const settings: OptionsSettings = { displayMode: 'card', theme: 'system' };

function show(props: Partial<Parameters<typeof OptionsView>[0]> = {}) {
  const onChange = vi.fn();
  render(
    <OptionsView
      summary={ok(summary)}
      settings={settings}
      onChange={onChange}
      saved={false}
      t={t}
      locale="en"
      {...props}
    />,
  );
  return onChange;
}

describe('OptionsView', () => {
  it('counts what the corpus holds and lists each source with its date and its source', () => {
    show();
    expect(screen.getByTestId('corpus-real').textContent).toContain('real published source');
    expect(screen.getByTestId('corpus-counts').textContent).toBe(
      '32 quotes from 3 speakers in 2 articles.',
    );
    const items = screen.getByTestId('corpus-sources').querySelectorAll('li');
    expect(items[0]?.textContent).toContain(
      'The Hankyoreh · 23 August 2021 (date printed in the article) · 11 quotes',
    );
    expect(items[1]?.textContent).toContain(
      'Outlet not stated · 23 September 2025 (date added by the curator) · 10 quotes',
    );
    expect(items[0]?.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says when the date of a source comes from an imported collection', () => {
    show({
      summary: ok({
        ...summary,
        sources: [{ ...summary.sources[0]!, dateSource: 'collection', published: '2020-01-16' }],
      }),
    });
    expect(screen.getByTestId('corpus-sources').textContent).toContain(
      '16 January 2020 (date from the imported collection)',
    );
  });

  it('shows the settings as checked radio buttons and reports a change', () => {
    const onChange = show();
    expect(
      (screen.getByLabelText('In a card next to the selection') as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(screen.getByLabelText('Dark'));
    expect(onChange).toHaveBeenCalledWith({ displayMode: 'card', theme: 'dark' });
    fireEvent.click(
      screen.getByLabelText('In the toolbar popup only (nothing is added to the page)'),
    );
    expect(onChange).toHaveBeenCalledWith({ displayMode: 'popup', theme: 'system' });
  });

  it('keeps the shortcut note beside the settings it explains; the "Saved" line closes the section', () => {
    show();
    const fieldsets = document.querySelectorAll('fieldset');
    const note = fieldsets[fieldsets.length - 1]?.nextElementSibling;
    expect(note?.textContent).toContain('Alt+Shift+Q');
    expect(note?.nextElementSibling).toBe(screen.getByTestId('saved'));
    expect(screen.getByTestId('saved').nextElementSibling).toBeNull();
  });

  it('says "Saved" after a change was stored', () => {
    show({ saved: true });
    expect(screen.getByTestId('saved').textContent).toBe('Saved');
  });

  it('shows why the corpus could not be read', () => {
    show({
      summary: err({ code: 'corpus-invalid', message: 'The bundled corpus could not be loaded.' }),
    });
    expect(screen.getByTestId('corpus-status').textContent).toBe(
      'The bundled corpus could not be loaded.',
    );
  });
});
