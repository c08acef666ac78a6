import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('an unnamed teller is never the named person beside it', () => {
  it('“a spokeswoman for Trade Minister Ada Quill said”: the spokeswoman, not the minister', () => {
    const text = article(
      'Trade Minister Ada Quill opened the new pier at Tarrow on Monday.',
      'But a spokeswoman for Trade Minister Ada Quill confirmed the council would not delay the ferry plan because of the storm.',
      'An aide to Harbour Minister Tomas Vell said the crews would be paid on Friday.',
      'A spokesman for Roads and Ports Minister Ben Holt said the new quay would open in May.',
    );
    expect(speakerIn(text, 'quay would open in May')).toMatch(/^anonymous: A spokesman/);
    expect(speakerIn(text, 'would not delay the ferry plan')).toMatch(/^anonymous: a spokeswoman/);
    expect(speakerIn(text, 'crews would be paid')).toMatch(/^anonymous: An aide/);
  });

  it('“Vell said witnesses told him that …”: the witnesses’ words, relayed', () => {
    const text = article(
      'Police broke up a rally at the harbour on Sunday.',
      'Senior party aide Tomas Vell said witnesses told him that Ada Quill was pushed to the ground by officers as she was led away.',
      'Vell said two officials told him the permit had been cancelled overnight.',
      'Vell said Quill told him she was unhurt.',
    );
    expect(speakerIn(text, 'pushed to the ground')).toBe('anonymous: witnesses');
    expect(speakerIn(text, 'permit had been cancelled')).toBe('anonymous: two officials');
    expect(speakerIn(text, 'she was unhurt')).toBe('Ada Quill');
  });

  it('“Quill said she had been told by police (that) …”: the police’s words, relayed', () => {
    const text = article(
      'Police on Friday detained the rights lawyer Ada Quill outside the harbour court.',
      'Speaking by phone, Quill said she had been told by police she was accused of hindering an inquiry by visiting two clients in the cells.',
      'Quill said she had been told by Tomas Vell that the judge was away.',
    );
    expect(speakerIn(text, 'accused of hindering an inquiry')).toBe('organisation: police');
    expect(speakerIn(text, 'the judge was away')).toBe('Ada Quill');
  });

  it('a quotation after “they …” is not the one person named after it', () => {
    const text = article(
      'The Tarrow Assembly approved a motion that rejects “the repeated meddling in the island’s own business” by the Norland premier, Tomas Vell.',
      'In addition, they consider that the premier’s words amount to “a grave insult to the people of the island” of Tarrow and ask the foreign office to “deliver the motion” to the Norland envoy in Tarrow, Ada Quill, expelled from the island last week.',
    );
    expect(speakerIn(text, 'a grave insult to the people')).toBe('unattributed');
  });

  it('“the statement had indicated … “…””: the statement speaks, not the one person named', () => {
    const text = article(
      'The Harbour Party said on Monday that a letter sent to newspapers in its name was fake.',
      'The statement had indicated that the party’s executive had sent its officers to meet Premier Ada Quill to agree steps that would “keep the party on a steady course” before the vote.',
    );
    expect(speakerIn(text, 'keep the party on a steady course')).not.toBe('Ada Quill');
  });
});
