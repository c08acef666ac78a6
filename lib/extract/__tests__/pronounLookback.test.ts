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

describe('people listed after a preposition are no subjects a later pronoun means', () => {
  const variants = [
    'Vell joins a short list of teenagers who scored three in a league game, with Ben Holt, Sam Orrin and Piet Vanderholt the only others to do it.',
    'Vell now stands beside Ben Holt, Sam Orrin and Piet Vanderholt as the only teenagers to score three in a league game.',
    'Vell is the fourth teenager to score three in a league game, after Ben Holt, Sam Orrin and Piet Vanderholt.',
    'Vell matched a record held by Ben Holt, Sam Orrin, Piet Vanderholt and Tomas Brill, all of them strikers.',
  ];
  it('“…, with Ben Holt, Sam Orrin and Piet Vanderholt the only others”: “he” is still the subject', () => {
    for (const listed of variants) {
      const found = quotes(
        'Harbour striker Tane Vell scored three goals on Saturday as Harbour beat Tarrow 3-1.',
        listed,
        'And the moment seemed hard for the young striker to believe as he spoke to Harbour Radio.',
        '“It is hard to take in. It is an unbelievable feeling,” he said.',
      );
      expect(found).toContainEqual(['Tane Vell', expect.stringContaining('hard to take in')]);
    }
  });

  it('“In Tarrow, Holt and Orrin agreed …”: two men are still the subject, “he” is nobody we can tell', () => {
    const found = quotes(
      'Harbour striker Tane Vell scored three goals on Saturday.',
      'Speaking in Tarrow, Ben Holt and Sam Orrin agreed the result was deserved.',
      '“The lads earned every point of that,” he said.',
    );
    expect(found).not.toContainEqual(['Tane Vell', expect.stringContaining('earned every point')]);
  });
});

describe('a role with the holder’s name in apposition (“The party’s floor leader, Ada Quill, …”) is one subject', () => {
  it('“he” after it is the named holder, not another holder of the role named before', () => {
    const variants = [
      'The Harbour Party’s floor leader, Tomas Vell, defended the right of members to ask questions.',
      'The opposition’s floor leader, Tomas Vell, defended the right of members to ask questions.',
      'The party’s veteran floor leader, Tomas Vell, has defended the right of members to ask questions.',
      'The rival floor leader, Tomas Vell, defended the right of members to ask questions.',
    ];
    for (const apposition of variants) {
      const found = quotes(
        'Tide Party floor leader Ben Holt called the motion an insult to the chamber.',
        '"They have gone too far this time," said Holt.',
        apposition,
        '"The overreaction by the ruling party is an insult to the chamber," he said.',
      );
      expect(found).toContainEqual(['Tomas Vell', expect.stringContaining('overreaction')]);
    }
  });
});

describe('an adverb opening a sentence is no person a pronoun may mean', () => {
  it('“Elsewhere in her remarks, Quill described …” then “she noted”: Quill', () => {
    for (const adverb of ['Elsewhere', 'Separately', 'Additionally', 'Similarly', 'Previously']) {
      const found = quotes(
        'Foreign ministry spokeswoman Ada Quill said on Monday that the date of the next round of talks had not been set.',
        `${adverb} in her remarks, Quill described the talks as “open and steady.”`,
        'She also dismissed the reports that the two sides had agreed on a text before the last round.',
        '“Both delegations have narrowed the gap a good deal since spring,” she noted.',
      );
      expect(found).toContainEqual(['Ada Quill', expect.stringContaining('narrowed the gap')]);
    }
  });
});

describe('a party and state tag after a surname (“Quill, R-Ky., said”) is no name', () => {
  it('the surname before the tag speaks, whatever the clause between', () => {
    const variants = [
      'Quill, R-Ky., who has long opposed the bill, said on X that she worked all night to “stop the chamber from adding to our debt.”',
      'Quill, D-Calif., said on Friday that she would vote to “stop the chamber from adding to our debt.”',
      'Quill, R-Alaska, who had voted against the rule, told reporters she wanted to “stop the chamber from adding to our debt.”',
      'Quill, I-Vt., posted on X that the vote would “stop the chamber from adding to our debt.”',
    ];
    for (const sentence of variants) {
      const found = quotes(
        'Senator Ada Quill voted against the harbour budget bill on Tuesday night.',
        sentence,
      );
      expect(found).toContainEqual(['Ada Quill', expect.stringContaining('adding to our debt')]);
    }
  });
});
