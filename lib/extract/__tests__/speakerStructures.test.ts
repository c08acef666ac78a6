import { describe, expect, it } from 'vitest';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

/** The speaker of the shortest quotation holding `words`: a nested one before the one around it. */
const innermost = (found: [string, string][], words: string) =>
  found
    .filter(([, text]) => text.includes(words))
    .sort((a, b) => a[1].length - b[1].length)[0]?.[0];

describe('a name inside someone’s unmarked words is not whom a later “he” means', () => {
  it('a post printed after a colon, in the first person, names another man', () => {
    const found = quotesOf(
      'Harbour minister Piet Quill wrote on his page after the talks in Tarrow: Over two long days, we held frank talks with the island delegations. For that reason, Fisheries Minister Mr. Holt and his deputy flew in late on Sunday. We also met the port unions twice. The mood was calm. He later stressed the “steady and patient spirit around the table.”',
    );
    expect(speakerAmong(found, 'steady and patient spirit')).toBe('Piet Quill');
  });

  it('without a first-person sentence, the man named last is still whom “he” means', () => {
    const found = quotesOf(
      'Ada Quill opened the session. Fisheries Minister Dov Holt arrived late on Sunday and spoke at length. He later stressed the “steady and patient spirit around the table.”',
    );
    expect(speakerAmong(found, 'steady and patient spirit')).toBe('Dov Holt');
  });
});

describe('a surname the article uses alone, misprinted once, names no new person', () => {
  it('“Marrowfield … Marowfield replied: “…”” leaves the quotation unattributed', () => {
    const found = quotesOf(
      'A week later, Marrowfield struck again. This time he was only answering a post from Senator Dov Holt.',
      'Holt called Marrowfield’s tide-power plan the silliest item in the budget.',
      'Marowfield replied: “Holt never learned to use a phone. How would he grasp a tidal turbine?”',
    );
    expect(speakerAmong(found, 'never learned to use a phone')).not.toBe('Marowfield');
  });

  it('the surname spelt the same way each time is still the speaker', () => {
    const found = quotesOf(
      'A week later, Marrowfield struck again. This time he was only answering a post from Senator Dov Holt.',
      'Marrowfield replied: “Holt never learned to use a phone. How would he grasp a tidal turbine?”',
    );
    expect(speakerAmong(found, 'never learned to use a phone')).toBe('Marrowfield');
  });
});

describe('a quotation nested in another, with its own speaker inside the outer one', () => {
  it('“Pres Quill assured us that he “…”. …” is Quill’s; the outer words stay the post’s author’s', () => {
    const found = quotesOf(
      'Harbour councillor Dov Holt tried irony in one of his posts.',
      '“Pres Quill promised us tonight that she “will never raise the ferry fares.” Phew, what a comfort!”',
    );
    expect(innermost(found, 'never raise the ferry fares')).toBe('Quill');
    expect(speakerAmong(found, 'Phew, what a comfort')).toBe('Dov Holt');
  });

  it('“I told him ‘…’” has no other speaker: the nested words stay the outer quotation’s', () => {
    const found = quotesOf(
      '“I told him ‘never again on my watch’ and walked out,” Peter Holt said after the meeting.',
    );
    expect(found.filter(([, text]) => text.includes('never again on my watch'))).toHaveLength(1);
    expect(speakerAmong(found, 'never again on my watch')).toBe('Peter Holt');
  });

  it('after the post, “he” still means the post’s author, not the person it quotes', () => {
    const found = quotesOf(
      'Harbour councillor Dov Holt tried irony in one of his posts.',
      '“Pres Quill promised us tonight that he “will never raise the ferry fares.” Phew!”',
      'The post drew many replies. “The fares rose twice last year,” he said.',
    );
    expect(speakerAmong(found, 'fares rose twice')).toBe('Dov Holt');
  });
});

describe('“said University of X role Name”: a body’s name and a role before the speaker', () => {
  it('with a relative clause after the name, and without one', () => {
    const found = quotesOf(
      '“The ice is thinning faster than any model said,” said University of Tarrow ice scientist Ada Quill, who was not on the survey team.',
      '“It is a warning we cannot ignore,” said University of Kestrel economist Ben Marr.',
    );
    expect(speakerAmong(found, 'thinning faster')).toBe('Ada Quill');
    expect(speakerAmong(found, 'warning we cannot ignore')).toBe('Ben Marr');
  });

  it('“…, says University of X professor Name, who runs …”: the relative clause is no reported speech', () => {
    const found = quotesOf(
      'Not so quick, says former University of Tarrow history professor Ada Quill, who runs a website that reviews museum labels.',
    );
    expect(found.some(([, text]) => text.includes('runs a website'))).toBe(false);
  });
});

describe('a verb of manner closing a quotation, as “said” does', () => {
  it('“…,” blabbed Harbour councillor Ada Quill. “…”: both halves are hers', () => {
    const found = quotesOf(
      'It was meant to be a quiet visit to the islands.',
      '“Just landed on Tarrow Key,” blabbed Harbour councillor Ada Quill. “I think it is the first time my phone has worked out here.”',
    );
    expect(speakerAmong(found, 'Just landed on Tarrow Key')).toBe('Ada Quill');
    expect(speakerAmong(found, 'phone has worked out here')).toBe('Ada Quill');
  });
});

describe('a full name that opens with a word spelt like a particle (“Le Hoang Minh”)', () => {
  it('three words whose second is no particle, after a title or alone at a sentence start', () => {
    const found = quotesOf(
      'Doctor Le Quang Tam, director of the harbour clinic, said, “The clinic has 60 beds and 180 patients.”',
      'Le Hoang Binh, head of the ferry office, said, “Every boat is full this week.”',
    );
    expect(speakerAmong(found, '60 beds and 180 patients')).toBe('Le Quang Tam');
    expect(speakerAmong(found, 'Every boat is full')).toBe('Le Hoang Binh');
  });
});

describe('a title whose “of” phrases end in a place, then the name (“Minister of X of Kenya Ada Quill”)', () => {
  it('“the minister” later means that person', () => {
    const found = quotesOf(
      'That is what Minister of Fisheries of Kenya Ada Quillon told journalists today.',
      '“People are judging me from many angles,” the minister noted.',
    );
    expect(speakerAmong(found, 'judging me from many angles')).toBe('Ada Quillon');
  });
});

describe('“X quoted Y as saying”: the one quoted speaks, not the outlet that quotes them', () => {
  it('after the quotation, before it, and with a pronoun', () => {
    const found = quotesOf(
      'Ben Holt conceded the harbour race on Thursday.',
      '“I admit losing the race,” Tide Agency quoted Ada Quill as saying at a press conference.',
      'Harbour Radio quoted Ben Holt as saying, “The count was fair and open to all.”',
      '“We will fight on in the courts,” the agency quoted her as saying.',
    );
    expect(speakerAmong(found, 'admit losing the race')).toBe('Ada Quill');
    expect(speakerAmong(found, 'fair and open to all')).toBe('Ben Holt');
    expect(speakerAmong(found, 'fight on in the courts')).toBe('Ada Quill');
  });
});

describe('a surname misprinted by one letter after the full name: that person, when only one fits', () => {
  it('“…,” Brenick said after Ada Brennick was named in full', () => {
    const found = quotesOf(
      '“We keep no private data at all,” Ada Brennick, who founded the ferry app, told the Harbour Wire.',
      '“The ferry trade moves fast and we explain ourselves,” Brenick said.',
    );
    expect(speakerAmong(found, 'ferry trade moves fast')).toBe('Ada Brennick');
  });

  it('two people one letter from the misprint: neither', () => {
    const found = quotesOf(
      '“We keep no private data at all,” Ada Brennick, who founded the ferry app, told the Harbour Wire.',
      'Her partner, Tom Brenwick, runs the harbour office.',
      '“The ferry trade moves fast and we explain ourselves,” Brenick said.',
    );
    expect(speakerAmong(found, 'ferry trade moves fast')).toBeUndefined();
  });
});

describe('a title, a given name, then a surname spelt like an organisation’s word', () => {
  it('“Village Manager Dave Post said”, “said Senator Emily Street”: people, not bodies', () => {
    const found = quotesOf(
      'Village Manager Dave Post said the water bills were sent on time.',
      '“We checked every meter,” said Senator Emily Street.',
      'The Harbour Post reported that the bills were late.',
    );
    expect(speakerAmong(found, 'water bills were sent')).toBe('Dave Post');
    expect(speakerAmong(found, 'checked every meter')).toBe('Emily Street');
    expect(speakerAmong(found, 'bills were late')).toBe('organisation: Harbour Post');
  });
});

describe('a relative clause that speaks (“…, who said “…””) after a name and an appositive', () => {
  it('a party and state, a role, an age between the name and “who”; the name after a preposition', () => {
    const found = quotesOf(
      'The spokesman was asked about remarks made last week by Sen. Ada Quill, R-Tenn., who said the chair “still lacks the steadiness the job needs.”',
      'He was also asked about Ben Holt, a harbour pilot, who said the plan “will sink the port within a year.”',
      'Reporters spoke to Jo Reed, 52, who said the board “has lost the trust of every fisherman.”',
    );
    expect(speakerAmong(found, 'steadiness the job needs')).toBe('Ada Quill');
    expect(speakerAmong(found, 'sink the port within a year')).toBe('Ben Holt');
    expect(speakerAmong(found, 'trust of every fisherman')).toBe('Jo Reed');
  });

  it('“many critical of Quill, who suggested …”: the clause may describe the many, not the name', () => {
    const found = quotesOf(
      'The post drew replies from islanders, many critical of Ada Quill, who suggested the ferry plan would cost her the election.',
    );
    expect(speakerAmong(found, 'cost her the election')).not.toBe('Ada Quill');
  });
});

describe('a name inside a paragraph that is all one quotation is not whom a later “he” means', () => {
  it('a post set as its own paragraph after “… wrote on his page:”', () => {
    const found = quotesOf(
      'Harbour minister Piet Quill wrote on his page after the talks:',
      'Over two long days, we held frank talks with the island delegations. Fisheries Minister Mr. Holt and his deputy flew in late on Sunday. We also met the port unions twice.',
      'He later stressed the “steady and patient spirit around the table.”',
    );
    expect(speakerAmong(found, 'steady and patient spirit')).toBe('Piet Quill');
  });
});
