import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('“…,” Van Brakel said: a surname that opens with its particle capitalised', () => {
  it('is the person named in full with the particle in lower case', () => {
    const text = article(
      'Tarrow manager Louis van Brakel watched his side win 3-0 on Saturday.',
      '“The young players showed they are ready for this league,” Van Brakel said.',
    );
    expect(speakerIn(text, 'The young players showed')).toBe('Louis van Brakel');
  });

  it('whose given name only the wide list knows', () => {
    const text = article(
      'The harbour master, Lina de Quant, spoke later.',
      '“Nobody told us the tide tables had changed again,” De Quant said.',
    );
    expect(speakerIn(text, 'Nobody told us')).toBe('Lina de Quant');
  });

  it('stays open when two people share the surname', () => {
    const text = article(
      'Louis van Brakel and his brother Tomas van Brakel will coach the Tarrow side together.',
      '“We have argued about tactics since we were boys,” Van Brakel said.',
    );
    expect(speakerIn(text, 'We have argued')).toBe('unattributed');
  });
});
