// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchField } from '../SearchField';
import { t } from './fixtures';

afterEach(cleanup);

describe('SearchField', () => {
  it('is a labelled search input', () => {
    render(<SearchField value="" onInput={() => {}} onSubmit={() => {}} t={t} />);
    const input = screen.getByLabelText('Quotation to check') as HTMLInputElement;
    expect(input.type).toBe('search');
    expect(input.placeholder).toBe('Type or paste a quotation');
  });

  it('reports typing, and Enter submits the current text', () => {
    const onInput = vi.fn();
    const onSubmit = vi.fn();
    render(<SearchField value="We will meet" onInput={onInput} onSubmit={onSubmit} t={t} />);
    const input = screen.getByLabelText('Quotation to check');
    fireEvent.input(input, { target: { value: 'We will meet again' } });
    expect(onInput).toHaveBeenCalledWith('We will meet again');
    fireEvent.submit(input.closest('form')!);
    expect(onSubmit).toHaveBeenCalledWith('We will meet');
  });
});
