import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

/** Invented round-up items: a quotation, then a sentence about the one who said it. */
const ITEMS = [
  '“We kept the boat straight when the wind turned, and that was the whole race for us.” Harbour regatta champion Ada Quill offers her view of the final stretch.',
  '“I lost two oars in the first hour and still finished. I am proud of that.” Ben Holt speaks frankly after his long morning on the water.',
  '“The crowd on the pier carried us home in the last mile.” Quill, who rowed her first race at twelve, thanks the town for its noise.',
];

describe('a round-up: “…” then a sentence opening with the speaker', () => {
  it('gives each quotation to the person the sentence after it opens with', () => {
    const text = article(
      'The rowers had plenty to say after the Tarrow regatta on Sunday.',
      ...ITEMS,
    );
    expect(speakerIn(text, 'kept the boat straight')).toBe('Ada Quill');
    expect(speakerIn(text, 'lost two oars')).toBe('Ben Holt');
    expect(speakerIn(text, 'carried us home')).toBe('Ada Quill');
  });

  const GAMES = [
    'What was said at the Tarrow games on Saturday:',
    '"I never thought I would see this pier again." - Harbour gold medallist NELL BRACKWATER on her return to the games.',
    '"The water was cold and I was slow, that is all." - Tarrow sprint swimmer OTTO VARGANE after his heat.',
    '"We trained for this in the dark every morning." - Veteran rowing coach PIA MORROW has kept her crew together for ten years.',
  ];

  it('reads a dash before the credit and a description before a full name in capitals', () => {
    const text = article(...GAMES);
    expect(speakerIn(text, 'see this pier again')).toBe('NELL BRACKWATER');
    expect(speakerIn(text, 'cold and I was slow')).toBe('OTTO VARGANE');
    expect(speakerIn(text, 'in the dark every morning')).toBe('PIA MORROW');
  });

  it('leaves an item open right after an item, and one whose credit opens with something else', () => {
    const text = article(
      ...GAMES,
      '"I will be back next summer with a new boat."',
      '"Nobody rows that well in a storm." - After the race the judges praised every crew alike.',
    );
    expect(speakerIn(text, 'back next summer')).toBe('unattributed');
    expect(speakerIn(text, 'rows that well in a storm')).toBe('unattributed');
  });

  it('two such paragraphs make no round-up: a sentence after a quotation may be about anyone', () => {
    const text = article(
      'The regatta opened on Sunday under grey skies.',
      '“The harbour has never looked better.” Ben Holt disagrees with the mayor about almost everything.',
      '“The new pier is a waste of money.” Tomas Vell runs the ferry company on the far side.',
    );
    expect(speakerIn(text, 'never looked better')).toBe('unattributed');
    expect(speakerIn(text, 'waste of money')).toBe('unattributed');
  });
});
