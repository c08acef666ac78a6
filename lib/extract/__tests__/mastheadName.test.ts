import { describe, expect, it } from 'vitest';
import { mastheadName } from '../mastheadName.ts';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a masthead above the headline names the outlet', () => {
  it('a name with its own initials in brackets', () => {
    expect(mastheadName('Off the Pier (OTP)')).toBe('Off the Pier');
    expect(mastheadName('Off the Pier (HTE)')).toBeNull();
    const page = facts('Off the Pier (OTP)', HEADLINE, STORY, MORE);
    expect(page.title).toBe(HEADLINE);
    expect(page.outlet).toBe('Off the Pier');
  });

  it('a site logo’s alternative text', () => {
    expect(facts('Site icon Harbour Times', HEADLINE, STORY, MORE).outlet).toBe('Harbour Times');
  });
});
