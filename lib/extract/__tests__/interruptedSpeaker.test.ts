import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a speaker who cuts another off', () => {
  it('"…," interrupted Quill: the words are the interrupter’s, not the last person named', () => {
    const text = article(
      'Piers Lanyard of Harrow Capital asked about the grocer’s margins on the call.',
      'Chief executive Orla Brennick tried to say that the shelves were cheaper, but she was cut off.',
      '"You have been cutting shelf prices for a decade. It is hard to follow," interrupted Lanyard.',
    );
    expect(speakerIn(text, 'You have been cutting shelf')).toBe('Piers Lanyard');
  });
});
