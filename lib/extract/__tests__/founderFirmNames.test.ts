import { describe, expect, it } from 'vitest';
import { article, speakerAmong, speakerIn, who } from './inventedArticle.ts';

describe('a firm named after its founder, then its trade', () => {
  it('is the firm speaking, never the founder', () => {
    const found = who(
      article(
        'Ada Quillan Developments said the riverside flats would be finished by the autumn.',
        '“We have never missed a delivery in forty years,” Tomas Vellard Logistics said in a statement.',
        'Maren Ostby Consulting said the report had been sent to the council in March.',
        'Harold Vane Shipping said its two ferries would return to service next week.',
      ),
    );
    for (const words of [
      'the riverside flats would be finished',
      'We have never missed a delivery',
      'the report had been sent to the council',
      'its two ferries would return to service',
    ])
      expect(speakerAmong(found, words)).toMatch(/^organisation: /);
  });

  it('leaves the founder a person where the article names them alone', () => {
    const text = article(
      'Ada Quillan Developments bought the mill in 2019.',
      '“It was the best decision I ever made,” said Ada Quillan, who founded the firm.',
    );
    expect(speakerIn(text, 'It was the best decision I ever made')).toBe('Ada Quillan');
  });
});
