import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a participle in -ing or -ed opening a sentence is no one-word name for a later "he"', () => {
  it('"Looking out over the field, he …" leaves "he" to the man named before', () => {
    const leads = [
      'Looking out over the drowned barley, he shook his head.',
      'Walking into the packing shed, he pointed at the waterline.',
      'Surveying the damage from the tractor cab, he sighed.',
      'Dressed in a jersey with “Tarrow” printed across the front, he took the stage.',
      'Giving some figures from the river gauge, he shook his head again.',
      'Counting every flooded acre twice, he gave up.',
    ];
    for (const lead of leads) {
      const text = article(
        'Tomas Vell walked his flooded rows at Tarrow on Tuesday morning.',
        '“Everything we sowed in March is under water,” Vell said.',
        lead,
        '“Nobody can tell me what next season will bring,” he said.',
      );
      expect(speakerIn(text, 'Nobody can tell me what'), lead).toBe('Tomas Vell');
    }
  });

  it('keeps a surname in -ing that opens a sentence before its verb', () => {
    const text = article(
      'Orla Fleming runs the seed co-operative at Tarrow.',
      'Fleming said the co-operative would lend seed to every grower who lost a crop.',
      '“We will not let a single farm go under this winter,” Fleming told members.',
    );
    expect(speakerIn(text, 'We will not let a')).toBe('Orla Fleming');
  });
});
