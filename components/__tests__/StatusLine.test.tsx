// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusLine } from '../StatusLine';
import { t } from './fixtures';

afterEach(cleanup);

describe('StatusLine', () => {
  it('is a status region with the given line', () => {
    render(<StatusLine text={t('statusNothingSelected')} />);
    expect(screen.getByRole('status').textContent).toBe(
      'Nothing is selected on this page. Type or paste a quotation to check it.',
    );
    expect(screen.getByTestId('status')).toBeTruthy();
  });
});
