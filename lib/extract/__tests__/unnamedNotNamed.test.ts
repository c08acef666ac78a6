import { describe, expect, it } from 'vitest';
import { parseNameRun } from '../parseNameRun.ts';
import { tokenize } from '../tokenize.ts';
import { article, read, who } from './inventedArticle.ts';

const nameOf = (run: string) => parseNameRun(tokenize(run));

describe('an unnamed source is never given the nearest name', () => {
  it('someone shouting from the crowd is that someone, not the person just named', () => {
    expect(
      who(
        article(
          'Mayor Elin Varga visited the flood centre on Monday.',
          'Ms Varga was interrupted during her speech by a protester.',
          '“The river will take us all, open your eyes,” the man yelled, before he was led from the hall.',
        ),
      ),
    ).toEqual([['anonymous: the man', 'The river will take us all, open your eyes,']]);
    expect(
      who(
        article(
          'Senator Rafe Tolland spoke at the depot.',
          '“Save our jobs,” a heckler shouted as he began.',
        ),
      ),
    ).toEqual([['anonymous: a heckler', 'Save our jobs,']]);
  });

  it('“authorities say” is an organisation speaking, even where the clause says “her”', () => {
    expect(
      who(
        article(
          'Nora Halloran, 61, ran the town’s accounts for twenty years.',
          'Authorities say Halloran spent the money on boats and on her farm, Green Acres LLC.',
        ),
      ),
    ).toEqual([
      [
        'organisation: Authorities',
        'Halloran spent the money on boats and on her farm, Green Acres LLC',
      ],
    ]);
  });
});

describe('a quotation that names a person is not that person’s, on weak evidence', () => {
  it('“he said” after a sentence about someone does not mean them when the quotation names them', () => {
    expect(
      who(
        article(
          'Defence Minister Tomas Brandt toured the naval base on Monday with the premier.',
          '“With Tomas Brandt and the navy beside me, I have chosen to send more ships,” he said.',
        ),
      ),
    ).toEqual([]);
  });

  it('the second half of a split quotation that names the first half’s speaker stays open', () => {
    const said = who(
      article(
        '“The vote was fair,” said Councillor Ada Quill. “Quill has nothing to hide, and the count will show it.”',
      ),
    );
    expect(said).toEqual([['Ada Quill', 'The vote was fair,']]);
  });

  it('a speaker named explicitly still speaks of themselves', () => {
    expect(who(article('“Quill will not resign,” said Councillor Ada Quill.'))).toEqual([
      ['Ada Quill', 'Quill will not resign,'],
    ]);
  });
});

describe('several people speaking together are none of them alone', () => {
  const unattributed = (text: string) => read(text).unattributed.map((u) => u.reason);

  it('“X and Y announced that they …”, “X, Y and Z all say …”: no one name takes it', () => {
    const joint = article(
      'After the vote, Quill and Harbour East councillor Jo Reed announced that they would bring a new bill before the summer.',
      'Councillors Ada Quill of Northgate, Ben Vell of Southgate, and Jo Reed of the harbour ward all say they oppose the toll.',
    );
    expect(who(joint)).toEqual([]);
    const reasons = unattributed(joint);
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toBe(
      'several people say it together (Quill and Harbour East councillor Jo Reed), none of them alone',
    );
    expect(reasons[1]).toMatch(
      /^several people say it together \(.*Jo Reed of the harbour ward all\)/,
    );
  });

  it('an “and” inside a phrase of the subject joins no speakers', () => {
    const committee = article(
      'The Committee on Ports and Harbours said the new quay would open in the spring.',
    );
    expect(unattributed(committee)).toEqual([]);
    expect(who(committee)).toEqual([
      ['organisation: Committee on Ports and Harbours', 'the new quay would open in the spring'],
    ]);
    const places = article(
      'Prosecutors in Leeds and York say the firm misled its customers for years.',
    );
    expect(unattributed(places)).toEqual([]);
    expect(who(places)).toHaveLength(1);
  });
});

describe('what follows a quotation’s own attribution', () => {
  it('“…,” X said, citing …: the words after the comma are not X’s reported speech', () => {
    expect(
      who(
        article(
          '“I leave it to you to judge the reports and the record,” Quill said, citing, among others, public remarks by Mayor Ben Vell saying that the council had approved the plan.',
        ),
      ),
    ).toEqual([['Quill', 'I leave it to you to judge the reports and the record,']]);
  });

  it('but an attribution set off inside a clause still reports it', () => {
    expect(
      who(
        article(
          'Mayor Ada Quill inspected the harbour on Monday.',
          'The harbour, Quill said, will need a new wall before the winter storms.',
        ),
      ),
    ).toEqual([['Ada Quill', 'will need a new wall before the winter storms']]);
  });
});

describe('a pronoun after an unnamed speaker’s quotation', () => {
  it('“…,” the Moderator said. “…,” she added: not the member who spoke before', () => {
    const said = who(
      article(
        'Councillor Tadhg Brennock then told the chair that the mayor had misled the chamber.',
        '“I cannot rule on what I did not hear,” the Moderator said.',
        '“We can look at the record later,” she added.',
      ),
    );
    expect(said).toEqual([
      ['Tadhg Brennock', 'the mayor had misled the chamber'],
      ['organisation: the Moderator', 'I cannot rule on what I did not hear,'],
    ]);
  });

  it('“the Moderator said” names no person called Moderator', () => {
    expect(who(article('“The session is closed,” the Moderator said.'))).toEqual([
      ['organisation: the Moderator', 'The session is closed,'],
    ]);
  });
});

describe('a reported clause with a speaker of its own inside it', () => {
  it('“X said A after a reporter said B”: A is X’s, B the reporter’s', () => {
    expect(
      who(
        article(
          'Mayor Ada Quill said she no longer trusted unnamed sources after a radio reporter said he had spoken to councillors who wanted her gone.',
        ),
      ),
    ).toEqual([
      ['Ada Quill', 'she no longer trusted unnamed sources'],
      ['anonymous: a radio reporter', 'he had spoken to councillors who wanted her gone'],
    ]);
  });

  it('“X said A, while Y said B”: each their own', () => {
    expect(
      who(
        article(
          'Prosecutors said Vell could face five years in prison, while a defence lawyer said two years was more fitting.',
        ),
      ),
    ).toEqual([
      ['anonymous: Prosecutors', 'Vell could face five years in prison'],
      ['anonymous: a defence lawyer', 'two years was more fitting'],
    ]);
  });
});

describe('a pronoun after a court’s decision on a defendant', () => {
  it('“X was jailed …. He said: “…”” is not given to the defendant', () => {
    const text = article(
      'The magistrate spoke out when sentencing Corin Vance, 24, who drove a stolen van into a bus shelter.',
      'Vance was jailed for 14 months for dangerous driving.',
      'He said: “You will be out in a year, and the people you hurt will still be hurting.”',
    );
    expect(who(text).map(([w]) => w)).not.toContain('Corin Vance');
    expect(read(text).unattributed.map((u) => u.text)).toContain(
      'You will be out in a year, and the people you hurt will still be hurting.',
    );
  });

  it('but a defendant named as the speaker keeps the words', () => {
    const text = article(
      'Corin Vance was jailed for 14 months for dangerous driving.',
      '“I am sorry for what I did,” Vance said outside court.',
    );
    expect(who(text)).toEqual([['Corin Vance', 'I am sorry for what I did,']]);
  });
});

describe('a pronoun or a role is who the sentences are about, not who they mention', () => {
  it('“Reacting to the criticism of X, he said: “…”” is not X’s', () => {
    const said = who(
      article(
        'Harbour Minister Tomas Vell spoke to reporters on Monday about the ferry strike.',
        'Reacting to the criticism of Opposition Chairperson Oren Pell, he said: “I have never met him, and he has never asked to meet me.”',
      ),
    );
    expect(said).toContainEqual([
      'Tomas Vell',
      'I have never met him, and he has never asked to meet me.',
    ]);
    expect(said.map(([w]) => w)).not.toContain('Oren Pell');
  });

  it('“he said that X … “…,” the minister concluded”: the speaker, not the minister mentioned', () => {
    const said = who(
      article(
        'Harbour Minister Tomas Vell met the press on Monday.',
        'Prime Minister Edda Rook was due in the assembly on Friday.',
        'Vell said that the opposition should answer first. He said that Edda Rook had answered every question.',
        '“The opposition wants to play games with the ferries,” the minister concluded.',
      ),
    );
    expect(said).toContainEqual([
      'Tomas Vell',
      'The opposition wants to play games with the ferries,',
    ]);
  });
});

describe('a word that qualifies someone’s role is an organisation, not a person', () => {
  it('“Pellmark senior market analyst Ada Quill” makes “Pellmark says” the firm', () => {
    const text = article(
      'Tablet sales will fall this year, says Pellmark senior market analyst Ada Quill.',
      'As a result, Pellmark says, the market is one that “no maker can afford to ignore.”',
    );
    const said = who(text);
    expect(said.map(([w]) => w)).not.toContain('Pellmark');
    expect(said).toContainEqual(['organisation: Pellmark', 'no maker can afford to ignore.']);
  });
});

describe('a company’s abbreviation with an ampersand is no person', () => {
  it('“UPDATE-QX&T to sell …” and “A spokesman for QX&T said …” name nobody', () => {
    const text = [
      'UPDATE-QX&T to sell its cable unit on Monday -report',
      '',
      'A spokesman for QX&T said the firm would not comment on the report.',
    ].join('\n');
    expect(read(text).quotes.map((q) => q.speaker)).toEqual([null]);
    expect(read(text).people.map((p) => p.name)).not.toContain('UPDATE-QX T');
  });
});

describe('an opening participle of a court report', () => {
  it('“Sentencing X, 31, to a year in prison. X escaped … “…,” he said” is neither X’s nor “Sentencing X”’s', () => {
    expect(nameOf('Sentencing Corin Vance')?.name).toEqual(['Corin', 'Vance']);
    const text = article(
      'Sentencing Corin Vance, 31, a repeat burglar, to a year in prison. Vance escaped a longer term after a plea deal.',
      '“I regard this sentence as far too short,” he said when the hearing ended.',
    );
    expect(read(text).quotes.map((q) => q.speaker)).not.toContain('Corin Vance');
    expect(read(text).quotes.map((q) => q.speaker)).not.toContain('Sentencing Corin Vance');
  });
});

describe('a dateline closed by its agency and a colon', () => {
  it('“Town (Region), May 2 (AGENCY): Chief Minister X retaliated … and said that …” is X’s, not the town’s', () => {
    const said = who(
      article(
        'Kelvale (Norland) [Westmark], May 2 (WNA): Norland Chief Minister Arvid Tollan on Saturday retaliated to the remark of his rival over the strike, and said that the rival should stop threatening.',
      ),
    );
    expect(said).toEqual([['Arvid Tollan', 'the rival should stop threatening']]);
  });
});
