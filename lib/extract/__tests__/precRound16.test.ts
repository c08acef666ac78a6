import { describe, expect, it } from 'vitest';
import { memberHeader } from '../memberHeader.ts';
import { parseNameRun } from '../parseNameRun.ts';
import { tokenize } from '../tokenize.ts';
import { article, read, speakerAmong, speakerIn, who } from './inventedArticle.ts';

describe('"Fielding queries from reporters in his office, the coach said …": an opening participle', () => {
  it('with a bare noun after it and a subject after its comma is no person a later "he" may mean', () => {
    const text = article(
      'The chairman of the Tarrow Rowing Union, Ademar Kossu, on Monday promised a new crew for the spring regatta.',
      'Fielding queries from reporters in his office at the boathouse, the union boss said the crew would be young.',
      'Asked about the season, he said: "We will row in every final we enter this year."',
    );
    expect(speakerIn(text, 'We will row in every final')).not.toBe('Fielding');
  });
});

describe('"Worse, he had to sell the boat": a word a comma parts from a subject pronoun', () => {
  it('is no person the pronoun of a later sentence may mean', () => {
    const text = article(
      'Oskar Trenholm, chair of the Tarrow Fishers Guild, said the quota cut his catch by half. Worse, he had to sell one of his boats. He said that the guild was angry and that "many will give up the sea" by spring.',
    );
    expect(speakerIn(text, 'many will give up the sea')).not.toBe('Worse');
  });
});

describe('"Harbour Pictures(PORT VELL) — Here is what …": a wire dateline in brackets after a credit', () => {
  it('is no member’s heading over a parliamentary record', () => {
    expect(
      memberHeader(
        'Harbour Pictures(PORT VELL) — Here is what the winners told the press at the gala on Sunday night:',
      ),
    ).toBeNull();
    // A member's heading is still read.
    expect(memberHeader('Ada Quill (Harbour North, Green Party)')).toBe('Ada Quill');
  });
});

describe('"Harbour Pictures(PORT VELL) — …": a place in capitals in brackets after a credit', () => {
  it('is the dateline, not the outlet', () => {
    const text = article(
      'Harbour Pictures(PORT VELL) — Here is what the winners told the press at the gala on Sunday night:',
      'Ilse Varga said she had not written a speech because she never expected to win.',
    );
    expect(read(text).meta.outlet).not.toBe('PORT VELL');
  });
});

describe('"the Quill-fan rumours, Quill said": a name joined to a word in lower case', () => {
  it('names no one, and the surname after it is the person’s', () => {
    expect(parseNameRun(tokenize('Varga-fan'))).toBeNull();
    expect(parseNameRun(tokenize('Lee Jae-myung'))?.name).toEqual(['Lee', 'Jae-myung']);
    const text = article(
      'Ilse Varga spoke to Harbour Radio about her new record on Friday.',
      'When the host raised the many Varga-fan rumours online, Varga said, calmly, "I never read any of it."',
    );
    expect(speakerIn(text, 'I never read any of it')).toBe('Ilse Varga');
  });
});

describe('"Ada Quill, CIO at Harbour Wealth, said": a chief investment officer', () => {
  it('is a role, so a later "he" is the person', () => {
    const text = article(
      '"Growth will stay slow this year," said Tarrow Bank economist Oren Palsson.',
      'The harbour index ended 0.4% weaker on the day.',
      'Ademar Kossu, CIO at Harbour Wealth, said the weak outlook was expected to weigh on local shares.',
      '"But the risks are already in the prices of most local shares," he added.',
    );
    expect(speakerIn(text, 'already in the prices')).toBe('Ademar Kossu');
  });
});

describe('"Tarrow have confirmed …": a name with a plural verb', () => {
  it('is a club, never a person', () => {
    const text = article(
      'Captain Ademar Kossu will miss the cup opener after hurting his knee in training.',
      'And Tarrow have now confirmed that the 31-year-old lock will be out for a month.',
      '"A scan showed a tear and he will be out for four weeks," Tarrow said in a statement.',
    );
    const found = who(text);
    expect(speakerAmong(found, 'A scan showed a tear')).not.toBe('Tarrow');
    expect(speakerAmong(found, 'the 31-year-old lock')).not.toBe('Tarrow');
  });
});
