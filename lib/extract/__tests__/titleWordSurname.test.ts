import { describe, expect, it } from 'vitest';
import { speakerOf } from './inventedArticle.ts';

describe('a surname that is a title word (“Bishop”, “King”) printed alone is the person named with it', () => {
  it('“…,” Bishop said after “Capt. Ruth Bishop”: Ruth Bishop', () => {
    const paragraphs = [
      'Capt. Ruth Bishop, spokesman for the Quarrow Fire Brigade, said crews reached the mill shortly after midnight.',
      '“The roof had already fallen in by then,” Bishop said. “Nobody was inside.”',
    ];
    expect(speakerOf('already fallen in', ...paragraphs)).toBe('Ruth Bishop');
  });

  it('nobody named so: the title alone stays open', () => {
    const paragraphs = [
      'Crews reached the Quarrow mill shortly after midnight.',
      '“The roof had already fallen in by then,” Bishop said. “Nobody was inside.”',
    ];
    expect(speakerOf('already fallen in', ...paragraphs)).toBe('');
  });
});
