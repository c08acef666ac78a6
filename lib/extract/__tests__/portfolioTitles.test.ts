import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a title with its portfolio after "for" or "of" before the full name', () => {
  it('"Federal Minister for Information Ada Quill" is Ada Quill, and "the minister" later', () => {
    const text = article(
      'TARROW: Federal Minister for Information Orla Brennick has said that a ferry deal has been struck with the island council.',
      'The minister said in a statement that the talks on fares were held within the harbour charter.',
      '“Nobody will be left behind on the quays. They will all be consulted,” the minister said.',
      'Brennick added that the coastguard had helped the two sides meet.',
    );
    expect(speakerIn(text, 'a ferry deal has been struck')).toBe('Orla Brennick');
    expect(speakerIn(text, 'the talks on fares were held')).toBe('Orla Brennick');
    expect(speakerIn(text, 'They will all be consulted')).toBe('Orla Brennick');
    expect(speakerIn(text, 'the coastguard had helped')).toBe('Orla Brennick');
  });

  it('two portfolios joined by "and" ("Minister for Information and Broadcasting") too', () => {
    const text = article(
      'TARROW: Federal Minister for Information and Broadcasting Orla Brennick announced on Monday that the ferry strike was over.',
      'The minister announced this in a short video.',
      '“The crews will be back at sea by Friday,” the minister said.',
    );
    expect(speakerIn(text, 'the ferry strike was over')).toBe('Orla Brennick');
    expect(speakerIn(text, 'The crews will be back')).toBe('Orla Brennick');
  });

  it('"Secretary of Commerce Ada Quill" is read the same way', () => {
    const text = article(
      'Secretary of Commerce Orla Brennick said on Monday that the port tariffs would stay.',
      '“We will not bend on the tariffs,” the secretary told reporters.',
    );
    expect(speakerIn(text, 'the port tariffs would stay')).toBe('Orla Brennick');
    expect(speakerIn(text, 'We will not bend on')).toBe('Orla Brennick');
  });

  it('a region that ends the office ("… and Western Isles Ada Quill") is no part of her name', () => {
    const text = article(
      'The new Minister for Resources, Fisheries and Western Isles Orla Brennick has said that the quays will reopen.',
      'Ms Brennick told a harbour radio station that “the crews will be back at sea by Friday”.',
      '“Do not make more of it than it is,” Ms Brennick said.',
    );
    expect(speakerIn(text, 'the crews will be back')).toBe('Orla Brennick');
    expect(speakerIn(text, 'Do not make more of it')).toBe('Orla Brennick');
  });
  it('the office opening the lead makes its holder the subject a later "he" means', () => {
    // The holder's first name is no known given name, so nothing but the lead's subject
    // says whom "he" means; the chairman named after "invited" is its object.
    const text = article(
      'NORTHPORT, (Tarrow Wire - 3rd Mar, 2021 ) :Minister for Defense Khawaja Orrin Vellack on Tuesday invited the Chairman of the Harbour League Tomas Brenner to talks on the ferries.',
      '“Tomas Brenner should bring his quarrel to the assembly,” he said on a radio phone-in.',
      '“The chairman has lost the trust of the quays,” he said.',
    );
    expect(speakerIn(text, 'bring his quarrel to the assembly')).toBe('Khawaja Orrin Vellack');
    expect(speakerIn(text, 'has lost the trust of the quays')).toBe('Khawaja Orrin Vellack');
  });
  it('"Minister for Planning and Development Ada Quill": development is a portfolio too', () => {
    const text = article(
      'NORTHPORT: Provincial Minister for Planning and Development Orrin Vellack said that the harbour chairman Tomas Brenner should take his case to the assembly. Asked about the levy, he said that the chairman was adding to the quarrel.',
    );
    expect(speakerIn(text, 'was adding to the quarrel')).toBe('Orrin Vellack');
  });
});
