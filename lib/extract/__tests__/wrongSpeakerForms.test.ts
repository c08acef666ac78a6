import { describe, expect, it } from 'vitest';
import { nameRuns } from '../nameRuns.ts';
import { tokenize } from '../tokenize.ts';
import { checkVariant } from './checkVariant.ts';
import { quotesOf, speakerAmong } from './inventedArticle.ts';
import type { Variant } from './structureVariants.ts';

/**
 * Forms that once named a wrong person (invented sentences about invented people and
 * places): an honorific taken for a given name, a plural possessive that let a name run into
 * the words after it, a dateline city read as the subject of the sentence.
 */
const ROWS: readonly Variant[] = [
  {
    label: 'Comrade + name + apposition, reported that-clause',
    paragraphs: [
      'Comrade Tunde Okafor, branch secretary of the drivers’ union, insisted that the levy would ruin small operators.',
    ],
    probe: 'levy would ruin small',
    speaker: 'Tunde Okafor',
  },
  {
    label: 'inverted: said + Comrade + name',
    paragraphs: ['“We will not pay a kobo more,” said Comrade Ngozi Eze at the depot.'],
    probe: 'not pay a kobo',
    speaker: 'Ngozi Eze',
  },
  {
    label: 'Comrade + name + told, past tense',
    paragraphs: [
      'Comrade Bala Musa told reporters: “The strike goes on until the council listens.”',
    ],
    probe: 'strike goes on until',
    speaker: 'Bala Musa',
  },
  {
    label: 'dateline + title + name …, saying (the place named again before the comma)',
    paragraphs: [
      'Marlow Bay, June 4: Captain Ravi Sandhu praised his side after the narrow win at Marlow Bay, saying the players had kept their nerve to the end.',
    ],
    probe: 'players had kept their nerve',
    speaker: 'Ravi Sandhu',
  },
  {
    label: 'dateline with region and agency + name + participle',
    paragraphs: [
      'Tarrow (Eastmark), Feb. 11 (Eastwire): Mayor Lena Brandt defended the new tolls in Tarrow, insisting the money would go to the bridges.',
    ],
    probe: 'money would go to the bridges',
    speaker: 'Lena Brandt',
  },
  {
    label: 'dateline with a dash + name + said, adding',
    paragraphs: [
      'Port Ellery, March 9 -- Coach Tomas Weil spoke after the loss in Port Ellery, adding that his team lacked nothing but luck.',
    ],
    probe: 'team lacked nothing but luck',
    speaker: 'Tomas Weil',
  },
  {
    label: 'two titled names with appositives joined by "and" + maintained that',
    paragraphs: [
      'Comrade Femi Ade, treasurer of the traders’ union, Idumota branch and Dr. Kola Bello, its former chairman, maintained that the market levy had been raised in secret.',
    ],
    probe: 'levy had been raised in secret',
    speaker: null,
  },
  {
    label: 'two names with appositives joined by "and" + said',
    paragraphs: [
      'Mira Holm, the school’s bursar, and Professor Ivo Rask, head of the board, said the fees would rise next year.',
    ],
    probe: 'fees would rise next year',
    speaker: null,
  },
  {
    label: 'two names with appositives joined by "and" + argued, present tense',
    paragraphs: [
      'Ines Varro, a tenant, and Paul Dunmore, a neighbour, argue that the landlord ignored the leak.',
    ],
    probe: 'landlord ignored the leak',
    speaker: null,
  },
  {
    label: 'plural possessive of a team before a role and a name, then “he said”',
    paragraphs: [
      'Coach Ivo Marsh praised the defence. “They never panicked,” Marsh said.',
      'Light Greens’ skipper Omar Castell agreed. “We defended like a wall today,” he said.',
    ],
    probe: 'defended like a wall',
    speaker: 'Omar Castell',
  },
  {
    label: 'unmatched mark: a paragraph whose quotation runs into “…,” the release stated',
    paragraphs: [
      '“We will reopen the bridge by spring,” Mayor Ada Lindqvist said on Tuesday.',
      '“A public meeting will be held at the town hall “within two weeks,” the council’s release stated.',
    ],
    probe: 'public meeting will be held',
    speaker: null,
  },
  {
    label: 'unmatched mark: a paragraph whose quotation runs into “…,” added a spokesman',
    paragraphs: [
      'Coach Piet Varen said his players were tired. “We need a week off,” he said.',
      '“Training resumes on Monday at the harbour ground “if the pitch allows,” added a club spokesman.',
    ],
    probe: 'Training resumes on Monday',
    speaker: null,
  },
  {
    label:
      'unmatched mark: a quotation run on to the next paragraph holds “said one of the dancers',
    paragraphs: [
      'The troupe worked for a year with the director Tomas Fenn.',
      '“That morning I was terrified. I thought, ‘This is where they decide,’ “said one of the dancers.',
      '“It is the moment people believe you or they do not,” he explained.',
    ],
    probe: 'That morning I was terrified',
    speaker: null,
  },
  {
    label: 'plural possessive before a role and a name: “the Harbour Rovers’ striker Kofi Mensah”',
    paragraphs: [
      'Harbour Rovers’ striker Kofi Mensah will miss the final, said the club doctor.',
      '“I am gutted, but the team will cope,” Mensah said.',
    ],
    probe: 'I am gutted',
    speaker: 'Kofi Mensah',
  },
];

describe('name forms that once named a wrong person', () => {
  for (const v of ROWS)
    it(`${v.label} → ${v.speaker ?? 'no named speaker'}`, () => {
      expect(checkVariant(v).named).toEqual(v.speaker === null ? [] : [v.speaker]);
    });
});

describe('a plural possessive ends the name before it', () => {
  const runs = (text: string) =>
    nameRuns(tokenize(text)).map(({ run }) => run.map((t) => t.text).join(' '));
  it.each([
    ['Lena Morales’ Silver Bear nerves', ['Lena Morales', 'Silver Bear']],
    ["Harbour Rovers' Kofi Mensah will miss the final", ['Harbour Rovers', 'Kofi Mensah']],
    ['Ana de Lucas’ New Film Opens', ['Ana de Lucas', 'New Film Opens']],
    // Inside the name of a body the mark joins: one name.
    ['The Marsh Tenants’ Association met', ['Marsh Tenants Association']],
  ])('%s', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});

describe('a dateline is no subject: the body after it speaks', () => {
  it.each([
    'PORT VELL, Mar. 3 (Eastwire) -- The harbour ministry on Monday rejected the union’s charge that the new rota breaks the contract, saying such claims do not help the talks.',
    'TARROW, June 14 (Eastwire) -- The fisheries board on Friday dismissed complaints that the quota was unfair, saying such claims do not help the talks.',
  ])('%s', (paragraph) => {
    const found = quotesOf(paragraph);
    expect(speakerAmong(found, 'such claims do not help')).toMatch(/^organisation: the /i);
  });
});
