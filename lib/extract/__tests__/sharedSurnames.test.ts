import { describe, expect, it } from 'vitest';
import { classifyLines } from '../classifyLines.ts';
import { Discourse } from '../Discourse.ts';
import { PeopleIndex } from '../PeopleIndex.ts';
import { readDocument } from '../readDocument.ts';
import { article, who } from './inventedArticle.ts';

/** [who, text] for each quote (direct or reported) of an invented article. */
const quotes = (...paragraphs: string[]) => who(article(...paragraphs));

describe('a surname shared by relatives: “Mr X, son of …, Y X” is not Y X', () => {
  it('“Mr Marsh, son of the first governor, Elias Marsh, is …” then “Mr Marsh told …”: the son', () => {
    const found = quotes(
      'Police broke up a rally in support of ousted Tide Party leader Tobias Marsh.',
      'The registrar’s ruling means Mr Marsh, son of the island’s first governor, Elias Marsh, is no longer the party’s leader.',
      'The party ruled the island for 30 years before Mr Marsh lost the 2019 election.',
      '"What happened today is a disgrace and we will not rest until we are heard," Mr Marsh told reporters at the harbour.',
      '"They want to pick our leaders for us."',
    );
    expect(found).toContainEqual(['Tobias Marsh', expect.stringContaining('will not rest')]);
    expect(found).toContainEqual(['Tobias Marsh', expect.stringContaining('pick our leaders')]);
    expect(found.filter(([w]) => w === 'Elias Marsh')).toEqual([]);
  });

  it('a daughter, a widow, a brother; with or without a courtesy title; said before or after', () => {
    const variants: [string[], string, string][] = [
      [
        [
          'Harbour councillor Nadia Orrin chaired the ferry inquiry on Friday.',
          'Ms Orrin, daughter of the former harbour master, Kofi Orrin, has led the council since 2019.',
          'The inquiry heard from ferry crews for six hours.',
          '"We owe the crews an answer before winter," said Ms Orrin.',
        ],
        'Nadia Orrin',
        'before winter',
      ],
      [
        [
          'Campaigner Ruth Delane opened the new library wing in Tarrow on Saturday.',
          'Delane, widow of the novelist Simon Delane, gave the town his papers last year.',
          '"He would have wanted the books where children can reach them," Delane said.',
        ],
        'Ruth Delane',
        'children can reach',
      ],
      [
        [
          'Senator Piet Vanderholt has asked for a vote on the tide bill.',
          'Mr Vanderholt, the younger brother of the late senator Jan Vanderholt, has sat in the chamber for a decade.',
          'Mr Vanderholt told reporters: "The bill is ready and the votes are there."',
        ],
        'Piet Vanderholt',
        'votes are there',
      ],
    ];
    for (const [paragraphs, speaker, words] of variants) {
      const found = quotes(...paragraphs);
      expect(found).toContainEqual([speaker, expect.stringContaining(words)]);
    }
  });

  it('the relative alone, never named otherwise in full: the lone surname is nobody we can tell', () => {
    const found = quotes(
      'Police broke up a rally in the harbour town on Sunday.',
      'Mr Marsh, son of the island’s first governor, Elias Marsh, is no longer the party’s leader.',
      '"What happened today is a disgrace," Mr Marsh told reporters.',
    );
    expect(found.filter(([w]) => w === 'Elias Marsh')).toEqual([]);
  });
});

describe('a surname shared by relatives: one named in full only later is not meant yet', () => {
  it('“Mrs Orrin said” before the article names the daughter, Nia Orrin: the mother', () => {
    const variants: [string[], string, string][] = [
      [
        [
          'Mara and Kofi Orrin, who have kept the harbour lighthouse since 2001, lit its old lamp every night of the storm.',
          '"Half the oil came from neighbours," Orrin said.',
          '"The lamp was there and the boats were out," Mrs Orrin said.',
          'Their daughter, Nia Orrin, 21, who rowed supplies to the island, said the medal belonged to the whole coast.',
        ],
        'Mara Orrin',
        'boats were out',
      ],
      [
        [
          'Ana Brennick and her sister Lidia Brennick have run the ferry to Skerry Island since the pier reopened.',
          '"Nobody else would take the crossing in winter," said Ms Brennick, 52.',
          'Their niece, Carys Brennick, now steers the morning boat.',
        ],
        // Two sisters named before: which Ms Brennick is not told.
        '',
        'crossing in winter',
      ],
      [
        [
          'Writer Ellen Voss and her husband, Piet Voss, opened the town’s first bookshop in 1988.',
          '“Nobody had a map of the valley then,” Voss said.',
          '“We sold more maps than novels in the first year,” Ms Voss recalled.',
          'Their son, Ada Voss, took over the shop in 2015.',
        ],
        'Ellen Voss',
        'maps than novels',
      ],
    ];
    for (const [paragraphs, speaker, words] of variants) {
      const found = quotes(...paragraphs);
      if (speaker) expect(found).toContainEqual([speaker, expect.stringContaining(words)]);
      else
        expect(found.filter(([, t]) => t.includes(words)).map(([w]) => w)).not.toContainEqual(
          expect.stringMatching(/Brennick/),
        );
    }
  });
});

describe('a titled surname after the full name is that person, never a second one', () => {
  it('“President Quill” after “President Ada Quill’s post”, then “She wrote:”', () => {
    const variants: [string, string][] = [
      [
        'A bishop on Thursday criticised the information minister, Tomas Vell, for holding a press conference after the network deleted President Ada Quill’s post on the civil war.',
        'President Quill had on Tuesday warned the looters that the state would answer them in kind.',
      ],
      [
        'The network on Monday removed a post by Governor Ada Quill about the floods.',
        'Governor Quill had warned on Sunday that the dams would not hold another night of rain.',
      ],
      [
        'Senator Ada Quill’s remarks on the ferry strike drew a rebuke from the union on Friday.',
        'Sen. Quill had said on Thursday that the strikers would lose their licences.',
      ],
    ];
    for (const [first, second] of variants) {
      const found = quotes(
        first,
        second,
        'She wrote: “Many of those shouting today are too young to remember what the last war cost us.”',
        '“We will not be lectured by a network,” the president’s office said on Wednesday.',
        '“The post broke no rule,” the president added.',
      );
      expect(found).toContainEqual(['Ada Quill', expect.stringContaining('too young to remember')]);
      expect(found).not.toContainEqual(['Quill', expect.anything()]);
    }
  });
});

describe('PeopleIndex: a titled surname the article also names in full is no second person', () => {
  it('the holders of “president” after “President Ada Quill” and “President Quill”: Ada Quill alone', () => {
    for (const [title, head] of [
      ['President', 'president'],
      ['Governor', 'governor'],
      ['Minister', 'minister'],
    ] as const) {
      const people = new PeopleIndex();
      people.register({ title, name: ['Ada', 'Quill'] }, null);
      people.noteLonePerson({ title, name: ['Quill'] }, null);
      expect(people.holdersOf(head).map((p) => p.name)).toEqual(['Ada Quill']);
      expect(people.list().map((p) => p.name)).toEqual(['Ada Quill']);
    }
  });

  it('a titled surname nobody is named in full under is still a person of its own', () => {
    const people = new PeopleIndex();
    people.register({ title: 'President', name: ['Ada', 'Quill'] }, null);
    people.noteLonePerson({ title: 'Governor', name: ['Brill'] }, null);
    expect(people.holdersOf('governor').map((p) => p.name)).toEqual(['Brill']);
  });
});

describe('what a titled person has is not them', () => {
  it('a role phrase “… President Ada Quill’s controversial” resolves to nobody, not Ada Quill', () => {
    const doc = readDocument(
      classifyLines(
        article(
          'President Ada Quill spoke to the harbour board on Monday.',
          'The network deleted President Ada Quill’s controversial post on the war.',
        ),
        1,
        null,
      ),
    );
    const para = doc.paras.findIndex((p) => p.text.startsWith('The network'));
    for (const text of [
      'The network deleted President Ada Quill’s controversial',
      'the President Ada Quill’s aide',
    ]) {
      const r = new Discourse(doc).resolve({ kind: 'role', head: 'president', text }, para, 0);
      expect(r.kind).toBe('unresolved');
    }
  });
});
