import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('"president and CEO" after a name gives both offices, and "chief" means a CEO', () => {
  it('the firm’s chief is its president and CEO', () => {
    const text = article(
      'Velocar’s chief said on Monday that the recall of the delivery vans would finish by June.',
      '“We are fixing every van we sold,” said Bram Oakes, Velocar’s president and CEO.',
    );
    expect(speakerIn(text, 'recall of the delivery vans')).toBe('Bram Oakes');
  });

  it('another firm’s chief is not them', () => {
    const text = article(
      '“We are fixing every van we sold,” said Bram Oakes, Velocar’s president and CEO.',
      'Tarrow Haulage’s chief said on Monday that the recall of the delivery vans would cost his firm little.',
    );
    expect(speakerIn(text, 'recall of the delivery vans')).not.toBe('Bram Oakes');
  });
});
