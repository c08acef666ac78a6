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
        ),
      ),
    ).toEqual([
      ['anonymous: The councillors', 'the new figure leaves out the pier'],
      ['organisation: The ferry union', 'the new group would sell the boats'],
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
