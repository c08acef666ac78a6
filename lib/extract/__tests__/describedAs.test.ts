import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

describe('“described X as Y”, “referred to X as Y”: the words after “as” are the subject’s', () => {
  it('reads the description as the subject’s reported words', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Quell described the levy increase as a fraction of what ferry towns pay.',
        'Vell referred to the mooring fees as a burden no family should carry, and left.',
      ),
    ).toEqual([
      ['Mira Quell', 'a fraction of what ferry towns pay'],
      ['Tomas Vell', 'a burden no family should carry'],
    ]);
  });

  it('reads no speaker in a passive, and no words from a description of one word', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'The missing skipper was described as tall, with dark hair and a grey coat.',
        'Quell described the plan as reckless.',
      ),
    ).toEqual([]);
  });

  it('gives a participle with its agent after “by” (“the fort described by wardens as …”) to nobody before it', () => {
    const found = reportedOf(
      HARBOUR_INTRO,
      'Vell toured the old signal fort described by wardens as a danger to cliff walkers.',
      'Quell walked past the pier, described by divers as unsafe for many years.',
    );
    expect(found.filter(([who]) => who === 'Tomas Vell' || who === 'Mira Quell')).toEqual([]);
    expect(found.map(([, text]) => text)).not.toContain('a danger to cliff walkers');
  });
});
