// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardDialog } from '../CardDialog';
import { t } from './fixtures';

afterEach(cleanup);

describe('CardDialog', () => {
  it('is a labelled dialog whose content sits in a polite live region', () => {
    render(
      <CardDialog theme="dark" lang="ko" onClose={() => {}} t={t}>
        <p>result</p>
      </CardDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Quote Check' });
    expect(dialog.dataset.theme).toBe('dark');
    // The UI's language, not the page's: screen readers and line breaking follow it.
    expect(dialog.lang).toBe('ko');
    expect(screen.getByText('result').parentElement?.getAttribute('aria-live')).toBe('polite');
  });

  it('closes on Escape and on its close button', () => {
    const onClose = vi.fn();
    render(<CardDialog theme="system" lang="en" onClose={onClose} t={t} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('ignores other keys', () => {
    const onClose = vi.fn();
    render(<CardDialog theme="system" lang="en" onClose={onClose} t={t} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Enter' });
    expect(onClose).not.toHaveBeenCalled();
  });
});
