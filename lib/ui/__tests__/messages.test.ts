import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import ko from '../../../public/_locales/ko/messages.json';
import { translateFromMessages } from '../translateFromMessages';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

describe('_locales', () => {
  it('has the same keys in English and Korean', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('gives each Korean message the same placeholders as the English one', () => {
    for (const [key, entry] of Object.entries(en as Messages)) {
      const other = (ko as Messages)[key];
      expect(Object.keys(other?.placeholders ?? {}), key).toEqual(
        Object.keys(entry.placeholders ?? {}),
      );
    }
  });

  it('uses every declared placeholder in the message text', () => {
    for (const messages of [en, ko] as Messages[]) {
      for (const [key, entry] of Object.entries(messages)) {
        for (const name of Object.keys(entry.placeholders ?? {})) {
          expect(entry.message, key).toContain(`$${name.toUpperCase()}$`);
        }
      }
    }
  });

  it('status lines do not point up or down: the popup, not the message, decides where they stand', () => {
    for (const key of ['statusNothingSelected', 'statusUnreadable'] as const) {
      expect(en[key].message, key).not.toMatch(/\b(below|above)\b/i);
      expect(ko[key].message, key).not.toMatch(/아래|위에/);
    }
  });

  it('really translates: Korean UI text is not the English text', () => {
    expect(ko.verdictAltered.message).not.toBe(en.verdictAltered.message);
    expect(ko.menuCheckQuote.message).toMatch(/[가-힣]/);
  });
});

describe('translateFromMessages', () => {
  const t = translateFromMessages(en);

  it('fills placeholders in order', () => {
    expect(t('attributionConflict', ['Moon Jae-in', 'Lee Jae-myung'])).toBe(
      'The page attributes this to Moon Jae-in; the source quotes Lee Jae-myung.',
    );
    expect(t('changeReplaces', ['four', 'eight'])).toBe('four → eight');
  });

  it('returns an empty string for an unknown key, as the browser does', () => {
    expect(t('nope' as never)).toBe('');
  });
});
