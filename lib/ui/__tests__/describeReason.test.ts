import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import ko from '../../../public/_locales/ko/messages.json';
import type { ReasonCode } from '../../match/types';
import { MAX_CHANGE_CHARS } from '../describeChange';
import { describeReason, REASON_MESSAGE_KEYS } from '../describeReason';
import { translateFromMessages } from '../translateFromMessages';

/** Every code of `ReasonCode` (the record's type makes it complete). */
const CODES = Object.keys(REASON_MESSAGE_KEYS) as ReasonCode[];

describe('describeReason', () => {
  it('words every reason in English and Korean, each its own line', () => {
    const seen = new Set<string>();
    for (const [lang, messages] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      const t = translateFromMessages(messages);
      for (const code of CODES) {
        const line = describeReason({ code, words: ['plans to', 'would'] });
        const text = t(line.key, line.substitutions);
        expect(text, `${lang} ${code}`).not.toBe('');
        expect(text, `${lang} ${code}`).not.toMatch(/\$[A-Z]+\$/);
        seen.add(text);
      }
    }
    expect(seen.size).toBe(CODES.length * 2);
  });

  it('gives the words as ‘from’ → ‘to’, or one word, cut to one line', () => {
    expect(describeReason({ code: 'same-intention', words: ['plans to', 'would'] })).toEqual({
      key: 'reasonSameIntention',
      substitutions: ['‘plans to’ → ‘would’'],
      framing: null,
    });
    expect(describeReason({ code: 'name-part', words: ['Jae-in'] }).substitutions).toEqual([
      '‘Jae-in’',
    ]);
    const long = describeReason({ code: 'dropped-words', words: ['word '.repeat(40)] });
    expect(long.substitutions[0]!.length).toBeLessThanOrEqual(MAX_CHANGE_CHARS + 2);
  });

  it('gives counts as numbers and the framing as its own sentence', () => {
    const t = translateFromMessages(en);
    const r = describeReason({ code: 'reworded', words: ['9'], framing: 'Lee said' });
    expect(t(r.key, r.substitutions)).toBe(
      "The same statement in other words: 9 of the source's content words kept, in order.",
    );
    expect(t('reasonFraming', r.framing!)).toBe(
      "The page's own words (‘Lee said’) were set aside.",
    );
  });
});
