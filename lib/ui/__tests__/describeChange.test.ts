import { describe, expect, it } from 'vitest';
import { describeChange, MAX_CHANGE_CHARS } from '../describeChange';
import { describeChanges } from '../describeChanges';

describe('describeChange', () => {
  it('says an inserted negation is added', () => {
    expect(describeChange({ type: 'negation', from: '', to: 'not' })).toEqual({
      key: 'changeAdds',
      substitutions: ['not'],
    });
  });

  it('says a removed negation is dropped', () => {
    expect(describeChange({ type: 'negation', from: 'not', to: '' })).toEqual({
      key: 'changeDrops',
      substitutions: ['not'],
    });
  });

  it('shows a changed number as from → to', () => {
    expect(describeChange({ type: 'number', from: 'four', to: 'eight' })).toEqual({
      key: 'changeReplaces',
      substitutions: ['four', 'eight'],
    });
  });

  it('marks an antonym as the opposite', () => {
    expect(describeChange({ type: 'antonym', from: 'increase', to: 'decrease' })?.key).toBe(
      'changeOpposite',
    );
  });

  it('describes omissions and insertions', () => {
    expect(describeChange({ type: 'omission', from: 'with a sense of agency', to: '' })).toEqual({
      key: 'changeDrops',
      substitutions: ['with a sense of agency'],
    });
    expect(describeChange({ type: 'insertion', from: '', to: 'never' })?.key).toBe('changeAdds');
  });

  it('gives no line to spelling, punctuation, editorial marks or a name put otherwise', () => {
    expect(describeChange({ type: 'spelling', from: 'colour', to: 'color' })).toBeNull();
    expect(describeChange({ type: 'punctuation', from: ',', to: '' })).toBeNull();
    expect(describeChange({ type: 'editorial', from: '[US President Joe]', to: '' })).toBeNull();
    expect(describeChange({ type: 'name', from: 'Jae-in', to: '' })).toBeNull();
    expect(describeChange({ type: 'title', from: '', to: 'President' })).toBeNull();
  });

  it('gives the same intention in other words its line: the words differ', () => {
    expect(describeChange({ type: 'intention', from: 'plans to', to: 'would' })).toEqual({
      key: 'changeReplaces',
      substitutions: ['plans to', 'would'],
    });
  });

  it('cuts a long span to one line', () => {
    const long = 'word '.repeat(40);
    const out = describeChange({ type: 'omission', from: long, to: '' });
    expect(out?.substitutions[0]?.length).toBe(MAX_CHANGE_CHARS);
    expect(out?.substitutions[0]?.endsWith('…')).toBe(true);
  });
});

describe('describeChanges', () => {
  it('keeps order, skips cosmetic changes and says each change once', () => {
    expect(
      describeChanges([
        { type: 'punctuation', from: ',', to: '' },
        { type: 'negation', from: '', to: 'not' },
        { type: 'number', from: 'four', to: 'eight' },
        { type: 'substitution', from: 'four', to: 'eight' },
      ]),
    ).toEqual([
      { key: 'changeAdds', substitutions: ['not'] },
      { key: 'changeReplaces', substitutions: ['four', 'eight'] },
    ]);
  });
});
