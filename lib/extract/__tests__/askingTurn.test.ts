import { describe, expect, it } from 'vitest';
import { findSpeakerLabels } from '../findSpeakerLabels.ts';

describe('a labelled turn that asks is not continued by the unlabelled answer below it', () => {
  it('the unlabelled paragraphs after a question are nobody’s turn, not the asker’s', () => {
    const labels = findSpeakerLabels([
      'Tomas Brackley: Will you widen the ferry pier? The harbour board says it costs a fortune.',
      'Of course we will widen it, and the islands will pay less for it in the end.',
      'Wenna Pascoe: Let us turn to the buses now.',
      'Bodi Harrow: The buses are late every single morning.',
    ]);
    expect(labels[1]).toBeNull();
  });

  it('a turn that tells goes on over the paragraphs below it, as before', () => {
    const labels = findSpeakerLabels([
      'Tomas Brackley: We widened the ferry pier last spring.',
      'The islands will pay less for it in the end.',
      'Wenna Pascoe: Let us turn to the buses now.',
    ]);
    expect(labels[1]?.label).toBe('Tomas Brackley');
  });
});
