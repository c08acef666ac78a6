import { describe, expect, it } from 'vitest';
import { article, HARBOUR_INTRO, reportedOf, who } from './inventedArticle.ts';

const INTRO = HARBOUR_INTRO;

describe('one list of reporting verbs: confess, contend, indicate in every tense', () => {
  it('“confessed/confesses she was …”, “contends/contended X has …”: a clause with or without “that”', () => {
    expect(
      reportedOf(
        INTRO,
        'Quell confessed she was nervous before the first vote on the levy.',
        'Vell confesses that the harbour accounts were late for two years.',
        'Quell contends the ferry company has been hiding its losses from the board.',
        'Vell contended that the pier repairs would cost twice the estimate.',
      ),
    ).toEqual([
      ['Mira Quell', 'she was nervous before the first vote on the levy'],
      ['Tomas Vell', 'the harbour accounts were late for two years'],
      ['Mira Quell', 'the ferry company has been hiding its losses from the board'],
      ['Tomas Vell', 'the pier repairs would cost twice the estimate'],
    ]);
  });

  it('“indicated that” reports a person’s words; a finding’s “indicated that” reports nobody', () => {
    expect(
      reportedOf(
        INTRO,
        'Quell indicated that the council would set aside money for new ferries.',
        'The harbour survey indicated that most boats were older than twenty years.',
        'Vell indicates the fares will rise in spring.',
      ),
    ).toEqual([['Mira Quell', 'the council would set aside money for new ferries']]);
  });
});

describe('participles of the one list after a comma: “confirming that”, “conceding that” …', () => {
  it('takes the sentence subject’s clause after “that”, in several verbs', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell went through the budget again, confirming that the new figure leaves out the pier.',
        'Quell spoke for an hour, conceding that the levy had hurt the island shops.',
        'Vell defended the crews, acknowledging that two boats had sailed without a permit.',
        'Quell answered the letter, suggesting that the board meet again in June.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the new figure leaves out the pier'],
      ['Mira Quell', 'the levy had hurt the island shops'],
      ['Tomas Vell', 'two boats had sailed without a permit'],
      ['Mira Quell', 'the board meet again in June'],
    ]);
  });

  it('without “that” such a participle names an object, no clause', () => {
    expect(
      reportedOf(
        INTRO,
        'Quell spoke for an hour, promising a fresh start for the harbour crews.',
        'Vell closed the meeting, confirming the dates of the next three hearings.',
      ),
    ).toEqual([]);
  });

  it('a body or group that opens the sentence speaks the participle’s clause', () => {
    expect(
      who(
        article(
          'The councillors discussed the budget again, confirming that the new figure leaves out the pier.',
          'The ferry union has objected to the merger, arguing that the new group would sell the boats.',
          'But on Thursday, the ferry firm showed its strength, reporting that its bookings grew by a tenth over the year.',
          'In May the island council voted, confirming that the pier would close in June.',
        ),
      ),
    ).toEqual([
      ['anonymous: The councillors', 'the new figure leaves out the pier'],
      ['organisation: The ferry union', 'the new group would sell the boats'],
      ['organisation: the ferry firm', 'its bookings grew by a tenth over the year'],
    ]);
  });
});

describe('two participles joined by “and”: two clauses of the same speaker', () => {
  it('“arguing that A and saying that B”, “warning that A and adding B”', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell objected to the merger, arguing that the new group would sell the boats and saying that at least 90 jobs are at risk.',
        'Quell left the hall early, warning that the levy would fail and adding the vote was rushed.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the new group would sell the boats'],
      ['Tomas Vell', 'at least 90 jobs are at risk'],
      ['Mira Quell', 'the levy would fail'],
      ['Mira Quell', 'the vote was rushed'],
    ]);
  });
});

describe('a clause whose subject is a gerund’s phrase or “that’s”', () => {
  it('“says getting rid of X would be …”, “say balancing A and B is …”, “said that’s how …”', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell says getting rid of the ferry levy the way the board wants would be a mistake.',
        'Quell said keeping two old boats running through the winter was a waste.',
        'Vell said that’s how the pier came to be closed for a month.',
      ),
    ).toEqual([
      ['Tomas Vell', 'getting rid of the ferry levy the way the board wants would be a mistake'],
      ['Mira Quell', 'keeping two old boats running through the winter was a waste'],
      ['Tomas Vell', 'that’s how the pier came to be closed for a month'],
    ]);
  });

  it('a preposition or participle in “-ing” after the verb opens no such clause', () => {
    expect(
      reportedOf(
        INTRO,
        'Quell said during the long meeting with the crews on Friday there was no vote.',
        'Vell said according to the harbour rules the pier is closed.',
      ).map(([, text]) => text),
    ).not.toContain('during the long meeting with the crews on Friday there was no vote');
  });
});

describe('a count opening the reported clause after a word of quantity', () => {
  it('“said more than 300 …”, “says about 60 …”, “said some 40 …”, “said up to 12 …”', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell said more than 300 tremors of up to five magnitude have been recorded since Monday.',
        'Quell says about 60 homes were flooded by the storm.',
        'Vell said some 40 boats had left the harbour before noon.',
        'Quell said up to 12 crews would be hired in spring.',
      ),
    ).toEqual([
      [
        'Tomas Vell',
        'more than 300 tremors of up to five magnitude have been recorded since Monday',
      ],
      ['Mira Quell', 'about 60 homes were flooded by the storm'],
      ['Tomas Vell', 'some 40 boats had left the harbour before noon'],
      ['Mira Quell', 'up to 12 crews would be hired in spring'],
    ]);
  });

  it('a span of time after the word of quantity opens no clause', () => {
    expect(reportedOf(INTRO, 'Vell said about 20 minutes later, the ferry had gone.')).toEqual([]);
  });
});

describe('a phrase set off by commas between the subject and its verb', () => {
  it('“X, however, said”, “X, who …, had told reporters that”, “X, with …, joked that”', () => {
    expect(
      who(
        article(
          'The ferry board, however, said the winter timetable would not change.',
          'Senior harbour officials, who were not allowed to speak in public, had told reporters on Saturday that there were signs of a strike.',
          'Some residents, with a grin, joked that the mayor may have found the lost treasure.',
        ),
      ),
    ).toEqual([
      ['organisation: The ferry board', 'the winter timetable would not change'],
      ['anonymous: Senior harbour officials', 'there were signs of a strike'],
      ['anonymous: Some residents', 'the mayor may have found the lost treasure'],
    ]);
  });

  it('a person set off so speaks; a subject holding a verb of its own is left', () => {
    expect(
      reportedOf(
        INTRO,
        'But Quell, to the surprise of the crews, said the levy would be dropped.',
        'Vell of the harbour board, for one, has said for a decade that the levy should end.',
        'Quell had, while addressing the party in Olstad on Thursday, said that the pier would close.',
        'One of the skippers who walked out of the hall, to protest the levy, said the claim was wrong.',
      ),
    ).toEqual([
      ['Mira Quell', 'the levy would be dropped'],
      ['Tomas Vell', 'the levy should end'],
      ['Mira Quell', 'the pier would close'],
    ]);
  });
});

describe('“…, with X saying:” before words printed without marks', () => {
  it('the one “with” introduces speaks the paragraph below; a role the page never names speaks nothing', () => {
    expect(
      who(
        article(
          'Ivo Lund, the Tarrow coach, spoke after the match.',
          'Two players are doubts, with Ivo Lund saying of his captain Ola Berg (ankle):',
          'Ola had a knock in the cup game but he should be fine for Sunday.',
          'Vessby look fit, with the Vessby manager saying:',
          'Apart from one knock we have no more problems before the derby.',
        ),
      ),
    ).toEqual([['Ivo Lund', 'Ola had a knock in the cup game but he should be fine for Sunday.']]);
  });
});

describe('“told” + the one told in lower case + a clause that opens with a name', () => {
  it('“told police Quell was …”, “told the court Vell had …”; a capitalised one told stays unread', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell told police Quell was never hit by the van that night.',
        'Quell told the harbour court Vell had left the pier before dawn.',
        'Vell told Radio Tarrow Quell was wrong about the levy.',
      ),
    ).toEqual([
      ['Tomas Vell', 'Quell was never hit by the van that night'],
      ['Mira Quell', 'Vell had left the pier before dawn'],
    ]);
  });
});
