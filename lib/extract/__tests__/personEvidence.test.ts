import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

describe('what says a name is a person’s, not an organisation’s', () => {
  it('a surname that speaks a direct quotation is a person in reported speech too', () => {
    expect(
      who(
        article(
          'Vantreight said the discovery shows how much is still buried in the valley.',
          '“We have barely started digging,” Vantreight said.',
          'More finds are expected this summer, said Oduya. “The ridge is full of bone,” said Oduya.',
        ),
      ),
    ).toEqual([
      ['Vantreight', 'the discovery shows how much is still buried in the valley'],
      ['Vantreight', 'We have barely started digging,'],
      ['Oduya', 'More finds are expected this summer'],
      ['Oduya', 'The ridge is full of bone,'],
    ]);
  });

  it('but a word the article uses as a company’s stays an organisation', () => {
    expect(
      who(
        article(
          'Harrowgate said its profits fell by a third in the spring quarter.',
          '“We expect a better autumn,” Harrowgate said in a statement.',
        ),
      ),
    ).toEqual([
      ['organisation: Harrowgate', 'its profits fell by a third in the spring quarter'],
      ['organisation: Harrowgate', 'We expect a better autumn,'],
    ]);
  });

  it('a person noun before a full name makes it a person’s (“neighbor Tamsin Orrey”)', () => {
    expect(
      who(article('“Get home now, there is someone with a gun,” neighbor Tamsin Orrey added.')),
    ).toEqual([['Tamsin Orrey', 'Get home now, there is someone with a gun,']]);
  });

  it('letters for a degree after a comma (“Darnell Quist, Ph.D.,”) make it a person’s', () => {
    expect(
      who(article('“We found a lower risk overall,” said Darnell Quist, Ph.D., of the institute.')),
    ).toEqual([['Darnell Quist', 'We found a lower risk overall,']]);
    expect(
      who(article('“We found a lower risk overall,” said Darnell Quist, MD, a surgeon.')),
    ).toEqual([['Darnell Quist', 'We found a lower risk overall,']]);
  });

  it('a role phrase without an article after a comma makes it a person’s', () => {
    expect(
      who(
        article(
          '“Work in mice is far from use,” stressed Tamsin Orrey, Harbour Press executive director at the society.',
        ),
      ),
    ).toEqual([['Tamsin Orrey', 'Work in mice is far from use,']]);
  });

  it('and a role it gives is hers, but a gendered one (“chairman”) says no gender', () => {
    expect(
      who(
        article(
          'Robyn Castell, former state party chairman and candidate, pleaded guilty on Tuesday.',
          'Afterward, she issued this statement: “I have resigned my seat today.”',
        ),
      ),
    ).toEqual([['Robyn Castell', 'I have resigned my seat today.']]);
    expect(
      who(
        article(
          'Farid Osman, first minister of the coastal province, met the press.',
          'The minister has defended the wedding, saying the catering had run to roughly 480,000 ringgit.',
        ),
      ),
    ).toEqual([['Farid Osman', 'the catering had run to roughly 480,000 ringgit']]);
  });

  it('a known given name counts with its accents (“José”)', () => {
    expect(who(article('“We took the field knowing our plan,” José Ortiga said.'))).toEqual([
      ['José Ortiga', 'We took the field knowing our plan,'],
    ]);
  });

  it('the first two words of a titled three-word name are that person (“Farid Osman”)', () => {
    expect(
      who(
        article(
          'Harbour Chief Minister Farid Osman Rahim said the wedding was a family affair.',
          'Farid Osman told The Courier on Wednesday that the bill was near a million.',
        ),
      ),
    ).toEqual([
      ['Farid Osman Rahim', 'the wedding was a family affair'],
      ['Farid Osman Rahim', 'the bill was near a million'],
    ]);
  });

  it('but not of three capitalised words nothing describes (a caption)', () => {
    expect(
      who(article('Margaret Hamilton Lego', 'Margaret Hamilton said the set was built in a week.')),
    ).toEqual([['Margaret Hamilton', 'the set was built in a week']]);
  });

  it('a surname that opens with its particle (“Le Bris said”) is the person named in full', () => {
    expect(
      who(
        article(
          'Defence Minister Jean-Yves Le Bris said on Tuesday that the talks were over.',
          '“We do not negotiate with those groups,” Le Bris said on the radio.',
        ),
      ),
    ).toEqual([
      ['Jean-Yves Le Bris', 'the talks were over'],
      ['Jean-Yves Le Bris', 'We do not negotiate with those groups,'],
    ]);
  });

  it('a quotation after “remarks in which he said” is his, not the reporting subject’s', () => {
    expect(
      who(
        article(
          'Harbour Party TD Mary Quirke has said that the minister Tomas Varr should withdraw remarks he made on radio this morning, in which he said that ‘the Harbour Party is narrow because it counts no farmers.’',
        ),
      ),
    ).toContainEqual(['Tomas Varr', 'the Harbour Party is narrow because it counts no farmers.']);
  });

  it('a word of a full name used alone as a person’s (a first name in a film story) makes it one', () => {
    expect(
      who(
        article(
          'The newcomer stars opposite the title character (Tamsin Orrey) in the drama.',
          'Tamsin also found the part taxing, for all the awards of her career.',
          '“The hard part, for me, lay in leaving the audience room,” Tamsin explained.',
        ),
      ),
    ).toEqual([['Tamsin Orrey', 'The hard part, for me, lay in leaving the audience room,']]);
  });

  it('a hyphenated role before a full name (“party vice-president Farid Osman”) makes it a person’s', () => {
    expect(
      who(
        article(
          'Harbour Party vice-president Farid Osman also alleged that a leaked memo was shared.',
        ),
      ),
    ).toEqual([['Farid Osman', 'a leaked memo was shared']]);
  });

  it('a place’s word used alone is the surname of a person named in full (“South said”)', () => {
    expect(
      who(
        article(
          'Village Clerk Brenda South said the resident caused a scene at the offices.',
          '“Maybe the council could send him a letter,” South said.',
        ),
      ),
    ).toEqual([
      ['Brenda South', 'the resident caused a scene at the offices'],
      ['Brenda South', 'Maybe the council could send him a letter,'],
    ]);
  });

  it('but not when no such person is named', () => {
    expect(
      who(
        article('South said the storm would pass by the weekend.', 'North agreed with the plan.'),
      ),
    ).not.toContainEqual(['South', 'the storm would pass by the weekend']);
  });

  it('degree letters between a name and its appositive are no speaker (“Orla Keogh, Ph.D., …, said”)', () => {
    expect(
      who(
        article(
          'Orla Keogh, Ph.D., deputy head of the Harbour Cancer Center and professor at the school, said these results are intriguing but limited.',
        ),
      ),
    ).toEqual([['Orla Keogh', 'these results are intriguing but limited']]);
  });

  it('a name joined to its employer by “with” or “at” speaks, as with “of”', () => {
    expect(
      who(
        article(
          'Shaw Quill with Harbour Technology Research told reporters that he doubted the report was the cause.',
        ),
      ),
    ).toEqual([['Shaw Quill', 'he doubted the report was the cause']]);
  });

  it('a full name after a body’s name ends a long title (“Leader of the Opposition in … Council Farid Osman”)', () => {
    expect(
      who(
        article(
          'Leader of the Opposition in National Council Farid Osman said on Friday that the premier should resign.',
        ),
      ),
    ).toEqual([['Farid Osman', 'the premier should resign']]);
  });

  it('a Japanese name printed family name first in capitals (“SAKAMOTO Haruki”) is “Sakamoto” alone', () => {
    expect(
      who(
        article(
          'TOKYO: SAKAMOTO Haruki, leader of the main opposition party, told his press conference on Thursday that the vote would come soon.',
          'Sakamoto said, “This is the moment for the opposition to rise.”',
        ),
      ),
    ).toEqual([
      ['SAKAMOTO Haruki', 'the vote would come soon'],
      ['SAKAMOTO Haruki', 'This is the moment for the opposition to rise.'],
    ]);
  });

  it('a clause before a colon is its subject’s (“Keogh then addressed the minister: …”), not a source', () => {
    expect(
      who(
        article(
          'Harbour Party TD Orla Keogh then got involved.',
          'Keogh then addressed the minister directly: “You bent the rules of the chair.”',
          'Quill later mouthed to them: “Stay strong, all of you.”',
        ),
      ),
    ).toEqual([
      ['Orla Keogh', 'You bent the rules of the chair.'],
      ['Quill', 'Stay strong, all of you.'],
    ]);
  });

  it('but a role in lower case before a colon names nobody (“Finance minister: …”)', () => {
    expect(
      who(article('Finance minister: “We will not raise the sales tax this year.”')),
    ).not.toContainEqual(['Finance', 'We will not raise the sales tax this year.']);
  });

  it('a “while …ing” clause between a name and its verb leaves the name the speaker', () => {
    expect(
      who(
        article(
          'Earlier in the day, Thomas Quill while speaking to reporters at the party headquarters said, “Some have tried hard to smear our name.”',
        ),
      ),
    ).toEqual([['Thomas Quill', 'Some have tried hard to smear our name.']]);
  });

  it('a full name that speaks in the first person singular is a person’s, whatever its given name', () => {
    expect(
      who(
        article(
          '“I have answered this a hundred times,” tailback Quenby Marlow said. “My answer is the same.”',
        ),
      ),
    ).toEqual([
      ['Quenby Marlow', 'I have answered this a hundred times,'],
      ['Quenby Marlow', 'My answer is the same.'],
    ]);
    expect(who(article('“My mind has not changed since spring,” said Quenby Marlow.'))).toEqual([
      ['Quenby Marlow', 'My mind has not changed since spring,'],
    ]);
    expect(
      who(article('Quenby Marlow told reporters: “I’ve never seen the stands so full.”')),
    ).toEqual([['Quenby Marlow', 'I’ve never seen the stands so full.']]);
  });

  it('but a name that speaks as “we”, or one printed after “the”, stays what it was', () => {
    expect(who(article('“We expect a better autumn this year,” Harrow Kestrel said.'))).toEqual([
      ['organisation: Harrow Kestrel', 'We expect a better autumn this year,'],
    ]);
    expect(
      who(
        article(
          'The Harbour Reeve asked the members to sit down.',
          '“I cannot rule on what I did not hear,” the Harbour Reeve said.',
        ),
      ),
    ).toEqual([['organisation: Harbour Reeve', 'I cannot rule on what I did not hear,']]);
    // "World War I" is no speaker's "I".
    expect(
      who(article('“The bridge has stood since World War I.” Tarrow Heritage said in a note.')),
    ).not.toContainEqual(['Tarrow Heritage', expect.any(String)]);
  });

  it('an age after a full name makes it a person’s (“said Ylva Tarrant, 30.”)', () => {
    expect(who(article('“The roof came down in seconds,” said Ylva Tarrant, 30.'))).toEqual([
      ['Ylva Tarrant', 'The roof came down in seconds,'],
    ]);
    expect(
      who(article('Ylva Tarrant, 30, said: “The water rose faster than anyone thought.”')),
    ).toEqual([['Ylva Tarrant', 'The water rose faster than anyone thought.']]);
  });

  it('a name that signs a quotation after a dash is a person’s, and the topic after it no part of it', () => {
    expect(
      who(
        article(
          '“Nothing new. All of us are well for now.” – Quenby Marlow',
          '“We will know more tomorrow, but he can still make it.” – Orrin Belcastle on Tomas Vellin',
          '“It was a hard week for the squad.” — Orrin Belcastle after the draw',
        ),
      ),
    ).toEqual([
      ['Quenby Marlow', 'Nothing new. All of us are well for now.'],
      ['Orrin Belcastle', 'We will know more tomorrow, but he can still make it.'],
      ['Orrin Belcastle', 'It was a hard week for the squad.'],
    ]);
  });

  it('a title in its short British form (“Clr”) and an adverb before the verb are no part of the name', () => {
    expect(
      who(
        article(
          'Clr Mira Quell (LAB - Harbour North) said: “It matters that people write to the committee.”',
          'Speaking at a rally, Mr. Vellin purportedly said, “If the bridge fails, will I stay in office?”',
          '“We will keep the library open,” Clr Mira Quell candidly admitted.',
        ),
      ),
    ).toEqual([
      ['Mira Quell', 'It matters that people write to the committee.'],
      ['Vellin', 'If the bridge fails, will I stay in office?'],
      ['Mira Quell', 'We will keep the library open,'],
    ]);
  });

  it('a titled full name after “according to the” or before a bracket is the person', () => {
    expect(
      who(
        article(
          'There is no cure yet, according to the Harbour Health Agency Director-General Tomas Vellin.',
        ),
      ),
    ).toEqual([['Tomas Vellin', 'There is no cure yet']]);
    expect(
      who(
        article(
          'According to Lt. Col. Orrin Belcastle (Ret), chief of the northern sector: “The plan had many authors.”',
        ),
      ),
    ).toEqual([['Orrin Belcastle', 'The plan had many authors.']]);
    // A body's name before its bracket stays the body.
    expect(
      who(
        article('According to the Harbour Health Agency (HHA), the plan failed early in the year.'),
      ),
    ).toEqual([['organisation: the Harbour Health Agency', 'the plan failed early in the year']]);
  });

  it('an opening phrase before a comma (“Through a translator,”, “Also,”) is nobody; the name after it speaks', () => {
    for (const opening of ['Through a translator,', 'Also,', 'However,', 'Despite the rain,'])
      expect(
        who(
          article(
            'Quenby Marlow, 52, has worked oyster beds in the bay since 1990.',
            `${opening} Marlow listed her fears one by one: “The oil is still on the rocks. Who covers our losses?”`,
          ),
        ),
      ).toEqual([['Quenby Marlow', 'The oil is still on the rocks. Who covers our losses?']]);
  });
});
