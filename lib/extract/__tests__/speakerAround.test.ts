import { describe, expect, it } from 'vitest';
import { recordOwner } from '../recordOwner.ts';
import { article, who } from './inventedArticle.ts';

/*
 * Speakers printed around the speech verb rather than as its plain subject: a record of
 * words owned by a name ("Quill's tweet said"), a role then the name after a comma ("wrote
 * one user, Ada Quill"). Every sentence here is ours.
 */

describe('a record of words owned by a name speaks as its owner', () => {
  it('reads the owner of a tweet, a post, a statement; never of a spokesman', () => {
    expect(recordOwner("Ada Quill's tweet")).toBe('Ada Quill');
    expect(recordOwner('Quill’s latest post')).toBe('Quill');
    expect(recordOwner("Quill's spokesman")).toBeNull();
    expect(recordOwner('the ministry’s statement')).toBeNull();
  });

  it('"“…,” Quill’s tweet said" is Quill’s, when the article shows Quill is one person', () => {
    expect(
      who(
        article(
          'Harbour Gov. Ada Quill on Friday posted a tweet backing the new ferry plan.',
          '"The islands have waited long enough for a proper ferry," Quill\'s tweet said. "I back the plan."',
        ),
      ),
    ).toEqual([
      ['Ada Quill', 'The islands have waited long enough for a proper ferry,'],
      ['Ada Quill', 'I back the plan.'],
    ]);
    // A firm's name is no person: the record stays the firm's.
    expect(
      who(article('"Sailings resume on Monday at six," Tarrow Ferries\' statement said.')).map(
        ([speaker]) => speaker,
      ),
    ).toEqual(["organisation: Tarrow Ferries' statement"]);
  });
});

describe('an inverted role, then the name after a comma', () => {
  it('"“…,” wrote one user, Ada Quill." is Ada Quill’s; the role alone stays a source', () => {
    expect(
      who(
        article(
          'The governor’s post drew hundreds of replies from island residents.',
          '"You have had four years to fix the ferries and did nothing," wrote one user, Ada Quill.',
          '"Thank you for standing up for the islands," said a neighbour, Ben Holt, who runs the pier cafe.',
          '"It is too little, too late," wrote another user.',
        ),
      ),
    ).toEqual([
      ['Ada Quill', 'You have had four years to fix the ferries and did nothing,'],
      ['Ben Holt', 'Thank you for standing up for the islands,'],
      ['anonymous: another user', 'It is too little, too late,'],
    ]);
  });
});

describe('a release announcing its statement with a full stop', () => {
  it('"… issued the following statement." then quoted paragraphs: the issuer’s words', () => {
    for (const intro of [
      'HARBOURTOWN – The council voted 9-0 today to fund the ferry. The bill’s sponsor, Sen. Quill (D-Tarrow), issued the following statement.',
      'HARBOURTOWN – The council voted 9-0 today to fund the ferry. The bill’s sponsor, Sen. Quill (D-Tarrow), issued the statement below.',
    ])
      expect(
        who(
          [
            intro,
            '"Today the council chose the islands over the accountants.',
            'Every family on the coast will feel the difference by the spring."',
          ].join('\n'),
        ),
      ).toEqual([
        ['Quill', 'Today the council chose the islands over the accountants.'],
        ['Quill', 'Every family on the coast will feel the difference by the spring.'],
      ]);
  });
});

describe('a blog copying someone’s letter: "From NAME, description:"', () => {
  it('the unmarked paragraphs below are the named person’s, a marked title inside them or not', () => {
    expect(
      who(
        article(
          'From Ada Quill, Senator for the Islands:',
          'Last week Senator Ben Holt and I introduced the "Fair Ferry Fares Act", a bill that caps what a crossing may cost.',
          'I ask you to join us. Write to your councillors today and stand with the islands.',
        ),
      ),
    ).toEqual([
      [
        'Ada Quill',
        'Last week Senator Ben Holt and I introduced the "Fair Ferry Fares Act", a bill that caps what a crossing may cost.',
      ],
      [
        'Ada Quill',
        'I ask you to join us. Write to your councillors today and stand with the islands.',
      ],
    ]);
  });

  it('a place or one word after "From" introduces nobody', () => {
    expect(
      who(
        article(
          'From Harbourtown:',
          'I ask you to join us. Write to your councillors today and stand with the islands.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a quote box: the name printed above and below the words', () => {
  const page = (name: string) =>
    [
      'Police tear-gas harbour protest',
      'Police fired tear gas at about 300 supporters of the ousted opposition leader Ada Quill in Tarrow on Monday.',
      'Last week the registrar ruled that Ms Quill no longer heads the opposition bench in the assembly.',
      name,
      'What happened today is a mockery of the law',
      name,
      'Instead, a former ally of the president takes the post, the registrar said.',
    ].join('\n');

  it('the words are the named person’s when the article shows the name is one person’s', () => {
    expect(who(page('Ada Quill'))).toContainEqual([
      'Ada Quill',
      'What happened today is a mockery of the law',
    ]);
  });

  it('a name the article does not show to be one person’s leaves them unattributed', () => {
    expect(
      who(page('Tarrow Ferries')).some(([, text]) => text.startsWith('What happened today')),
    ).toBe(false);
  });
});
