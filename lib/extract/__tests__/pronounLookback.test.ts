import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

/** [who, text] for each quote (direct or reported) of an invented article. */
const quotes = (...paragraphs: string[]) => who(article(...paragraphs));

describe('a block of links to other stories between a pronoun and its subject', () => {
  const story = [
    'Premier Tomas Vell refused on Tuesday night to explain his remark that opposition leader Ada Quill was “playing both sides” on the ferry strike.',
    'During the debate, Ms Quill said the government’s handling of the strike mirrored its failures on housing.',
    'Defending the record of his cabinet, Mr Vell said: “We never had to run the crossings with half the crews. We will do all we can for the islands.”',
  ];
  const after = [
    'He went on to criticise Ms Quill, saying she had promised the crews more than any budget could pay.',
    '“I know who that promise was aimed at,” he said.',
  ];
  it('teasers ending in a letter, a closing quote mark or a question mark are skipped: “he” is Vell', () => {
    const blocks = [
      [
        'Winter markets or a week by the lakes? Eight escapes for the holidays',
        'Lena Marsh: ‘I just stood there. It was not even joy, it was just quiet’',
        'Night shifts: why do hospitals lose their nurses?',
        'Ida and Piet Holm: the couple who mapped the northern caves',
      ],
      [
        'Bo Lind: ‘I ran the last mile on one shoe’',
        'Where to walk along the coast this winter?',
        'The ten best bakeries on the island, ranked',
        'Explained: how the new ferry fares work',
      ],
    ];
    for (const block of blocks) {
      const found = quotes(...story, ...block, ...after);
      expect(found).toContainEqual(['Tomas Vell', expect.stringContaining('promise was aimed')]);
    }
  });

  it('a caption line between two paragraphs still counts: a person it names may be meant', () => {
    const found = quotes(
      ...story,
      'Opposition leader Ada Quill in the chamber on Tuesday',
      '“I asked for one answer and got none,” she said.',
    );
    expect(found).not.toContainEqual(['Tomas Vell', expect.stringContaining('got none')]);
  });
});
