/**
 * Properties of names inside quotations, over the seed corpus: part of a person's name
 * (a given name, a title, an honorific) dropped from or added to an exact excerpt is never
 * `altered`; an inserted "not" still is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, wordsOf } from '../../text/tokenize';
import seed from './fixtures/seedCorpus.json';
import { verify } from './seedMatcher';

type Mode = 'drop' | 'title' | 'both';

/** A Korean full name: the given name dropped, a title added, or both. */
const korean = (name: string) => (mode: Mode, title: string) => {
  const surname = name.split(' ')[0]!;
  if (mode === 'drop') return surname;
  return `${title} ${mode === 'title' ? name : surname}`;
};

/**
 * The people the seed quotes name, as printed, and how a page may print them otherwise.
 * Biden is printed with an editor's bracket: it may go whole or in part, or a title come
 * before it. (Another title in its place, "Sen. Biden", may be another person: `altered`.)
 */
const MENTIONS = [
  { quoteId: '000_1461a4e715c05d43#3', name: 'Moon Jae-in', rename: korean('Moon Jae-in') },
  { quoteId: '000_1461a4e715c05d43#9', name: 'Kim Dae-jung', rename: korean('Kim Dae-jung') },
  { quoteId: '000_1461a4e715c05d43#9', name: 'Roh Moo-hyun', rename: korean('Roh Moo-hyun') },
  { quoteId: '000_1461a4e715c05d43#9', name: 'Moon Jae-in', rename: korean('Moon Jae-in') },
  { quoteId: '000_1461a4e715c05d43#6', name: 'Kim Jong-un', rename: korean('Kim Jong-un') },
  {
    quoteId: '000_1461a4e715c05d43#6',
    name: '[US President Joe] Biden',
    rename: (mode: Mode, title: string) =>
      mode === 'drop'
        ? 'Biden'
        : mode === 'title'
          ? `${title} [US President Joe] Biden`
          : 'Joe Biden',
  },
] as const;

/** Titles and honorifics a page may put before a name (all in lib/extract/patterns TITLES). */
const TITLES = ['President', 'Former President', 'Mr.', 'Dr.', 'Ambassador', 'Gov.', 'Sen.'];

const quoteText = (id: string) => seed.quotes.find((q) => q.id === id)!.text;

/**
 * An exact excerpt of eight or more words (or the whole quote) around one mention, and
 * the mention's place in it.
 */
const excerpt = fc
  .integer({ min: 0, max: MENTIONS.length - 1 })
  .chain((mi) => {
    const m = MENTIONS[mi]!;
    const text = quoteText(m.quoteId);
    const at = text.indexOf(m.name);
    const words = wordsOf(tokenize(text));
    const first = words.findIndex((w) => w.end > at);
    const last = words.findIndex((w) => w.end >= at + m.name.length);
    // Eight words besides the name's own (or the whole quote), so that any form of it
    // leaves a selection long enough to be told apart from a common phrase.
    const len = Math.min(8 + last - first + 1, words.length);
    return fc
      .integer({ min: Math.max(0, last - len + 1), max: Math.min(first, words.length - len) })
      .chain((from) =>
        fc
          .integer({ min: Math.max(from + len, last + 1), max: words.length })
          .map((to) => ({ m, text, at, from, to, words })),
      );
  })
  .map(({ m, text, at, from, to, words }) => {
    // Whole words, and never half an editor's bracket: a cut inside one moves out of it.
    let start = Math.min(words[from]!.start, at);
    let end = words[to - 1]!.end;
    const open = text.lastIndexOf('[', start);
    if (open >= 0 && text.indexOf(']', open) >= start) start = open;
    const close = text.indexOf(']', end - 1);
    if (close >= 0 && text.lastIndexOf('[', close) >= text.lastIndexOf(']', end - 1))
      end = close + 1;
    return { mention: m, quoteId: m.quoteId, text: text.slice(start, end), at: at - start };
  });

type Excerpt = typeof excerpt extends fc.Arbitrary<infer T> ? T : never;

/** The excerpt with its mention printed otherwise, and where the new form stands. */
function rename(e: Excerpt, mode: Mode, title: string) {
  const printed = e.mention.rename(mode, title);
  return {
    text: e.text.slice(0, e.at) + printed + e.text.slice(e.at + e.mention.name.length),
    span: [e.at, e.at + printed.length] as const,
  };
}

const MODES = fc.constantFrom<Mode>('drop', 'title', 'both');

const NAME_CHANGES = new Set(['name', 'title', 'editorial']);

// 300 runs each take a few seconds on a shared machine: the time limit is generous so that
// a busy machine does not fail a property that holds (speed is measured in `npm run bench`).

describe('names inside quotations', () => {
  it('a given name, title or honorific dropped or added is never altered', async () => {
    await fc.assert(
      fc.asyncProperty(excerpt, MODES, fc.constantFrom(...TITLES), async (e, mode, title) => {
        const { text } = rename(e, mode, title);
        const r = await verify({ text });
        expect(['verbatim', 'close'], text).toContain(r.verdict);
        expect(r.best?.quoteId, text).toBe(e.quoteId);
        for (const c of r.best!.changes) expect(NAME_CHANGES, text).toContain(c.type);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('an inserted "not" beside such a change is still altered', async () => {
    await fc.assert(
      fc.asyncProperty(
        excerpt,
        MODES,
        fc.constantFrom(...TITLES),
        fc.nat(),
        async (e, mode, title, pick) => {
          const { text, span } = rename(e, mode, title);
          // Before a word outside the changed name, never the first (that would be framing-free anyway).
          const places = wordsOf(tokenize(text))
            .slice(1)
            .filter((w) => w.start < span[0] || w.start >= span[1]);
          const at = places[pick % places.length]!.start;
          const withNot = `${text.slice(0, at)}not ${text.slice(at)}`;
          const r = await verify({ text: withNot });
          expect(r.verdict, withNot).toBe('altered');
          expect(
            r.best?.changes.map((c) => c.type),
            withNot,
          ).toContain('negation');
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});
