import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { articleDateText } from '../articleDateText';
import { translateFromMessages } from '../translateFromMessages';

const t = translateFromMessages(en);

describe('articleDateText', () => {
  it('prints a date the article states as it is', () => {
    expect(articleDateText({ published: '2021-08-23', dateSource: 'article' }, t, 'en')).toBe(
      '23 August 2021',
    );
  });

  it('says when the curator supplied the date', () => {
    expect(articleDateText({ published: '2025-09-23', dateSource: 'curator' }, t, 'en')).toBe(
      '23 September 2025 (date added by the curator)',
    );
  });

  it('says when the date comes from an imported collection, not the article', () => {
    expect(articleDateText({ published: '2020-01-16', dateSource: 'collection' }, t, 'en')).toBe(
      '16 January 2020 (date from the imported collection)',
    );
  });

  it('says the date is not stated rather than guessing', () => {
    expect(articleDateText({ published: null, dateSource: null }, t, 'en')).toBe(
      'Date not stated in the article',
    );
    expect(articleDateText({ published: 'soon', dateSource: 'article' }, t, 'en')).toBe(
      'Date not stated in the article',
    );
  });
});
