import { describe, expect, it } from 'vitest';
import { PeopleIndex } from '../PeopleIndex.ts';
import { wideGivenName } from '../wideGivenName.ts';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

/** Given names only the wide list knows: every sentence is the test's own. */
describe('a given name only the wide list knows', () => {
  it('makes a full name a person, whose "she" and whose speech it then takes', () => {
    const found = quotesOf(
      'The ferry to Quillhaven was cancelled for a third day on Tuesday.',
      'Tansy Brookwell told reporters the crossing had never been so unreliable.',
      '"We were left on the quay with nowhere to go," she said.',
    );
    expect(speakerAmong(found, 'We were left on the quay')).toBe('Tansy Brookwell');
  });

  it('makes a subject with such a name one "he" can mean', () => {
    const found = quotesOf(
      'The storm tore through the moorings at Quillhaven overnight.',
      'Barnaby Quelch told the inquiry the moorings had failed before dawn.',
      '"Nothing was left of the mooring," he said.',
    );
    expect(speakerAmong(found, 'Nothing was left of the mooring')).toBe('Barnaby Quelch');
  });

  it('is no evidence for a word the article prints in lower case', () => {
    const people = new PeopleIndex();
    people.noteLowerWords('A forrest of masts filled the harbour at dawn.');
    const forrest = people.register({ title: null, name: ['Forrest', 'Quay'] }, null);
    expect(forrest && people.isStrong(forrest)).toBe(false);
    const tansy = people.register({ title: null, name: ['Tansy', 'Quay'] }, null);
    expect(tansy && people.isStrong(tansy)).toBe(true);
  });

  it('is no evidence for a run whose later word is a place, a role or a title', () => {
    const people = new PeopleIndex();
    for (const last of ['Lisbon', 'Director']) {
      const run = people.register({ title: null, name: ['Tansy', last] }, null);
      expect(run && people.isStrong(run)).toBe(false);
    }
  });

  it('is no evidence for a name printed after "the"', () => {
    const found = quotesOf(
      'Parliament sat late on Wednesday to debate the harbour levy.',
      'The Tansy Brookwell TD said the levy would ruin the fishing fleet.',
      '"Nobody asked the crews," she said.',
    );
    expect(speakerAmong(found, 'Nobody asked the crews')).not.toBe('Tansy Brookwell');
  });

  it('leaves out words as often ordinary words, months or places', () => {
    for (const w of ['Will', 'May', 'Hope', 'Grant', 'Hunter', 'Georgia', 'Sydney', 'Chase'])
      expect(wideGivenName(w)).toBeUndefined();
    expect(wideGivenName('Tansy')).toBe('f');
    expect(wideGivenName('Barnaby')).toBe('m');
  });
});
