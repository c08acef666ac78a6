// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceFieldset } from '../ChoiceFieldset';
import { t } from './fixtures';

afterEach(cleanup);

function show(value: 'system' | 'light' | 'dark') {
  const onSelect = vi.fn();
  render(
    <ChoiceFieldset
      legend="optionsThemeLegend"
      name="theme"
      choices={[
        ['system', 'optionsThemeSystem'],
        ['light', 'optionsThemeLight'],
        ['dark', 'optionsThemeDark'],
      ]}
      value={value}
      onSelect={onSelect}
      t={t}
    />,
  );
  return onSelect;
}

describe('ChoiceFieldset', () => {
  it('shows one radio button a choice under its legend, the current value checked', () => {
    show('light');
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => [r.name, r.value, r.checked])).toEqual([
      ['theme', 'system', false],
      ['theme', 'light', true],
      ['theme', 'dark', false],
    ]);
    expect(screen.getByRole('group').querySelector('legend')?.textContent).toBe(
      t('optionsThemeLegend'),
    );
  });

  it('reports the chosen value', () => {
    const onSelect = show('system');
    fireEvent.click(screen.getByLabelText(t('optionsThemeDark')));
    expect(onSelect).toHaveBeenCalledWith('dark');
  });
});
