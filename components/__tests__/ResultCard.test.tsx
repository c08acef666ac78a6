// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckOutcome } from '../../lib/protocol';
import { VERDICT_STYLES } from '../../lib/ui/verdictStyle';
import { ResultCard } from '../ResultCard';
import { SectionLevel } from '../SectionLabel';
import * as f from './fixtures';

afterEach(cleanup);

function show(outcome: CheckOutcome, copy = vi.fn(async () => true)) {
  const view = render(<ResultCard outcome={outcome} t={f.t} locale="en" copy={copy} />);
  const card = view.getByTestId('result-card');
  const part = (id: string) => card.querySelector(`[data-testid="${id}"]`);
  return { card, part, copy };
}

describe('ResultCard', () => {
  it('verbatim: word, quote, speaker and role, linked headline, outlet, date', () => {
    const { card, part } = show(f.verbatim);
    expect(card.dataset.verdict).toBe('verbatim');
    expect(part('verdict')?.textContent).toContain('Verbatim');
    expect(part('quote')?.textContent).toBe(f.verbatimMatch.quote);
    expect(part('quote')?.querySelector('del, ins')).toBeNull();
    expect(part('speaker')?.textContent).toBe('Lee Jae-myung');
    expect(part('speaker-role')?.textContent).toBe(
      'Gyeonggi governor and Democratic Party presidential hopeful',
    );
    const link = part('article-link') as HTMLAnchorElement;
    expect(link.tagName).toBe('A');
    expect(link.href).toBe(f.hankyoreh.url);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(part('outlet')?.textContent).toBe('The Hankyoreh');
    expect(part('date')?.textContent).toBe('23 August 2021');
    expect(part('changes')).toBeNull();
    expect(part('attribution')).toBeNull();
  });

  it('verbatim: other candidates are collapsed in a details element', () => {
    const { part } = show(f.verbatim);
    const details = part('other-matches') as HTMLDetailsElement;
    expect(details.tagName).toBe('DETAILS');
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Other possible sources (1)');
    expect(details.textContent).toContain('We will not pursue unilateral unification');
    expect(details.textContent).toContain('41% alike');
    // Each part of the line is its own unbreakable run: "41% alike" never splits over two lines.
    expect([...details.querySelectorAll('li .qc-meta-part')].map((el) => el.textContent)).toEqual([
      'Lee Jae-myung',
      'Outlet not stated',
      'Date not stated in the article',
      '41% alike',
    ]);
  });

  it('altered: marks deletions and insertions and lists each meaning-bearing change', () => {
    const { card, part } = show(f.altered);
    expect(card.dataset.verdict).toBe('altered');
    expect(part('verdict')?.textContent).toContain('Altered');
    const quote = part('quote')!;
    expect([...quote.querySelectorAll('del')].map((el) => el.textContent)).toEqual(['four']);
    expect([...quote.querySelectorAll('ins')].map((el) => el.textContent)).toEqual([
      'not ',
      'eight',
    ]);
    expect([...part('changes')!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'adds ‘not’',
      'four → eight',
    ]);
    expect(card.textContent).toContain('Struck out: in the source');
  });

  it('altered: dims the rest of a long quote instead of striking it out', () => {
    const partial: CheckOutcome = {
      text: 'meet eight times',
      result: {
        ok: true,
        value: {
          ...(f.altered.result.ok ? f.altered.result.value : ({} as never)),
          best: {
            ...f.alteredMatch,
            segments: [
              { op: 'delete', text: 'We will ' },
              { op: 'equal', text: 'meet ' },
              { op: 'delete', text: 'four' },
              { op: 'insert', text: 'eight' },
              { op: 'equal', text: ' times' },
              { op: 'delete', text: ' a year' },
            ],
          },
        },
      },
    };
    const { card, part } = show(partial);
    const quote = part('quote')!;
    expect(quote.textContent).toBe('We will meet foureight times a year');
    expect([...quote.querySelectorAll('del')].map((el) => el.textContent)).toEqual(['four']);
    expect([...quote.querySelectorAll('.qc-outside')].map((el) => el.textContent)).toEqual([
      'We will ',
      ' a year',
    ]);
    expect(card.textContent).toContain('Dimmed: the rest of the source quote');
  });

  it('misattributed: says so first, naming both people, in the warning colour; then the words’ verdict', () => {
    const { card, part } = show(f.misattributed);
    expect(card.dataset.verdict).toBe('misattributed');
    expect(card.dataset.wordsVerdict).toBe('verbatim');
    const heading = card.querySelector('header')!;
    // The first words of the card: the misattribution, before the words' verdict.
    expect(heading.textContent).toMatch(
      /^≠Misattributed\s*Lee Jae-myung said this, not Moon Jae-in\.\s*The words:\s*✓Verbatim/,
    );
    expect(heading.className).toContain('qc-verdict-misattributed');
    expect((part('verdict') as HTMLElement).style.backgroundColor).toBe(
      VERDICT_STYLES.misattributed.color,
    );
    expect(part('words-verdict')?.textContent).toContain('Verbatim');
    // Said once, up front: no second attribution box further down.
    expect(part('attribution')).toBeNull();
    expect(part('speaker')?.textContent).toBe('Lee Jae-myung');
  });

  it('misattributed: the citation copied names the real speaker', async () => {
    const { part, copy } = show(f.misattributed);
    fireEvent.click(part('copy-citation')!);
    await waitFor(() => expect(copy).toHaveBeenCalled());
    const citation = String((copy.mock.calls[0] as unknown[])[0]);
    // After the quote (which itself mentions Moon Jae-in): the source's speaker, not the page's.
    expect(citation.slice(citation.indexOf('” ') + 2)).toMatch(/^Lee Jae-myung, The Hankyoreh/);
  });

  it('a page naming the source’s own speaker is no misattribution', () => {
    const { card, part } = show(f.close);
    expect(card.dataset.verdict).toBe('close');
    expect(part('misattribution')).toBeNull();
  });

  it('common: too common to say who said it; no speaker, no conflict; where it appears, folded', () => {
    const { card, part } = show(f.common);
    expect(card.dataset.verdict).toBe('common');
    expect(part('verdict')?.textContent).toContain('Too common');
    expect(card.textContent).toContain('too common to say who said it');
    expect(part('speaker')).toBeNull();
    expect(part('attribution')).toBeNull();
    expect(part('misattribution')).toBeNull();
    expect(part('copy-citation')).toBeNull();
    const where = part('other-matches') as HTMLDetailsElement;
    expect(where.tagName).toBe('DETAILS');
    expect(where.open).toBe(false);
    expect(where.querySelector('summary')?.textContent).toBe('Where it appears in the corpus (2)');
    expect(where.querySelectorAll('li')).toHaveLength(2);
  });

  it('an unnamed source is shown as a source, never as a person, and is not judged against the page', () => {
    const { card, part } = show(f.unnamedSource);
    expect(part('speaker')).toBeNull();
    expect(part('unnamed-source')?.textContent).toBe(
      'Source: a senior official who spoke on condition of anonymity (not named)',
    );
    expect(part('attribution')?.className).toContain('qc-attribution-unknown');
    expect(part('attribution')?.textContent).not.toContain('the source quotes');
    expect(card.textContent).not.toMatch(/Said by|quotes a senior official/);
  });

  it('altered: has no other-candidates block when there is no other candidate', () => {
    expect(show(f.altered).part('other-matches')).toBeNull();
  });

  it('close: says the page agrees with the source and shows no change line for spelling', () => {
    const { card, part } = show(f.close);
    expect(card.dataset.verdict).toBe('close');
    expect(part('verdict')?.textContent).toContain('Close');
    expect(part('attribution')?.textContent).toBe(
      'The page attributes this to Lee Jae-myung, as does the source.',
    );
    expect(part('changes')).toBeNull();
  });

  it('paraphrase: says it is reported speech, not exact words', () => {
    const { card, part } = show(f.paraphrase);
    expect(card.dataset.verdict).toBe('paraphrase');
    expect(part('verdict')?.textContent).toContain('Paraphrase');
    expect(card.textContent).toContain('Reported speech');
  });

  it('source-text: shows the article sentence and its article, with no speaker', () => {
    const { card, part } = show(f.sourceText);
    expect(card.dataset.verdict).toBe('source-text');
    expect(part('verdict')?.textContent).toContain('Article text');
    expect(card.textContent).toContain("These are the article's own words");
    expect(part('quote')?.textContent).toContain('vision for reunification diplomacy');
    expect(part('article-link')?.textContent).toContain('Lee Jae-myung says');
    expect(part('speaker')).toBeNull();
    expect(part('copy-citation')).toBeNull();
  });

  it('no-match: its own message, and no source parts', () => {
    const { card, part } = show(f.noMatch);
    expect(card.dataset.verdict).toBe('no-match');
    expect(part('verdict')?.textContent).toContain('Not found');
    expect(card.textContent).toContain('Nothing in the bundled corpus is close to this text');
    expect(part('quote')).toBeNull();
    expect(part('speaker')).toBeNull();
  });

  it('too-short: asks for a longer selection', () => {
    const { card, part } = show(f.tooShort);
    expect(card.dataset.verdict).toBe('too-short');
    expect(part('verdict')?.textContent).toContain('Too short');
    expect(card.textContent).toContain('Select at least a few words');
  });

  it('error: shows the error message a person can act on', () => {
    const { card, part } = show(f.failed);
    expect(card.dataset.verdict).toBe('error');
    expect(part('verdict')?.textContent).toContain('Could not check');
    expect(card.textContent).toContain('The bundled corpus could not be loaded.');
  });

  it('says when outlet and date are not stated, and shows an unlinked headline as text', () => {
    const { part } = show(f.undatedNoOutlet);
    expect(part('outlet')?.textContent).toBe('Outlet not stated');
    expect(part('date')?.textContent).toBe('Date not stated in the article');
    expect(part('article-link')?.tagName).toBe('SPAN');
  });

  it('marks a date the curator added', () => {
    expect(show(f.curatorDated).part('date')?.textContent).toBe(
      '23 September 2025 (date added by the curator)',
    );
  });

  it('an imported quote no one is named for: says so, names no person, and the date is from the collection', async () => {
    const imported = {
      ...f.verbatimMatch,
      speaker: null,
      speakerId: null,
      speakerDescription: '',
      article: { ...f.hankyoreh, published: '2020-01-16', dateSource: 'collection' as const },
    };
    const { part, copy } = show(
      f.outcome(f.leeQuote, {
        verdict: 'verbatim',
        attribution: 'unknown',
        claimedSpeaker: 'Moon Jae-in',
        best: imported,
        matches: [imported],
      }),
    );
    expect(part('speaker')?.textContent).toBe('No one named: the source gives no speaker');
    expect(part('attribution')?.className).toContain('qc-attribution-unknown');
    expect(part('attribution')?.textContent).not.toContain('source quotes');
    expect(part('date')?.textContent).toBe('16 January 2020 (date from the imported collection)');
    fireEvent.click(part('copy-citation')!);
    await waitFor(() => expect(copy).toHaveBeenCalled());
    expect(copy).toHaveBeenCalledWith(
      `“${f.leeQuote},” The Hankyoreh, 16 January 2020, ${f.hankyoreh.url}`,
    );
  });

  it('copies the citation and says so', async () => {
    const { part, copy } = show(f.verbatim);
    fireEvent.click(part('copy-citation')!);
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    expect(copy).toHaveBeenCalledWith(
      `“${f.verbatimMatch.quote},” Lee Jae-myung, The Hankyoreh, 23 August 2021, ${f.hankyoreh.url}`,
    );
  });

  it('a new result starts with a fresh copy button: no "Copied" left from the one before', async () => {
    const copy = vi.fn(async () => true);
    const view = render(<ResultCard outcome={f.verbatim} t={f.t} locale="en" copy={copy} />);
    fireEvent.click(view.getByTestId('copy-citation'));
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    view.rerender(<ResultCard outcome={f.altered} t={f.t} locale="en" copy={copy} />);
    expect(view.getByTestId('result-card').dataset.verdict).toBe('altered');
    expect(screen.queryByText('Copied')).toBeNull();
    // The same source quote reached from another selection is a new result too.
    fireEvent.click(view.getByTestId('copy-citation'));
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    view.rerender(
      <ResultCard
        outcome={{ ...f.altered, text: `${f.altered.text} again` }}
        t={f.t}
        locale="en"
        copy={copy}
      />,
    );
    expect(screen.queryByText('Copied')).toBeNull();
  });

  it('shows the citation to copy by hand when the clipboard refuses', async () => {
    const { card, part } = show(
      f.undatedNoOutlet,
      vi.fn(async () => false),
    );
    fireEvent.click(part('copy-citation')!);
    await waitFor(() => expect(card.textContent).toContain('The browser blocked the clipboard'));
    expect(card.textContent).toContain(
      '“We will not pursue unilateral unification,” Lee Jae-myung',
    );
  });

  it('renders page text as text, never as HTML', () => {
    const hostile: CheckOutcome = {
      ...f.altered,
      result: {
        ok: true,
        value: {
          ...(f.altered.result.ok ? f.altered.result.value : ({} as never)),
          claimedSpeaker: '<img src=x onerror=alert(1)>',
        },
      },
    };
    const { card, part } = show(hostile);
    expect(card.querySelector('img')).toBeNull();
    expect(part('attribution')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('labels its sections one level under the frame it sits in', () => {
    const { card } = show(f.verbatim);
    expect([...card.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'The source prints',
      'Said by',
      'Source',
    ]);
    cleanup();
    const view = render(
      <SectionLevel.Provider value={2}>
        <ResultCard outcome={f.verbatim} t={f.t} locale="en" copy={async () => true} />
      </SectionLevel.Provider>,
    );
    expect(view.container.querySelectorAll('h2')).toHaveLength(3);
    expect(view.container.querySelectorAll('h3')).toHaveLength(0);
  });

  it('says when only part of a long selection was read', () => {
    const long: CheckOutcome = {
      text: 'x',
      result: {
        ok: true,
        value: {
          ...(f.noMatch.result.ok ? f.noMatch.result.value : ({} as never)),
          truncated: { readChars: 600, totalChars: 2400 },
        },
      },
    };
    expect(show(long).card.textContent).toContain('Only the first 600 of 2400 characters');
  });

  it('says why under the verdict, in one line, when the reason adds to the verdict', () => {
    const line = (o: CheckOutcome) => show(o).part('verdict-reason');
    expect(line(f.altered)?.textContent).toBe(
      'A negation added or dropped (‘not’) reverses what was said.',
    );
    cleanup();
    expect(line(f.close)?.textContent).toBe('Only the spelling differs (‘realize’ → ‘realise’).');
    cleanup();
    expect(line(f.paraphrase)?.textContent).toBe(
      "The same statement in other words: 4 of the source's content words kept, in order.",
    );
    cleanup();
    expect(line(f.tooShort)?.textContent).toBe(
      'Too few words (2) to tell a quotation from a common phrase.',
    );
  });

  it('adds no line that would only repeat the verdict (verbatim, not found, article text)', () => {
    for (const o of [f.verbatim, f.noMatch, f.sourceText]) {
      expect(show(o).part('verdict-reason')).toBeNull();
      cleanup();
    }
    const framed = f.withResult(f.verbatim, {
      reason: { code: 'same-words', words: [], framing: 'Lee said' },
    });
    expect(show(framed).part('verdict-reason')?.textContent).toBe(
      "The same words as the source prints. The page's own words (‘Lee said’) were set aside.",
    );
  });

  it("says which of the page's own words it set aside, right after the heading", () => {
    const { card, part } = show(f.closeName);
    const reason = part('verdict-reason')!;
    expect(reason.textContent).toBe(
      "Only part of a person's name differs (‘Jae-in’): the same person is meant. The page's own words (‘Lee said’) were set aside.",
    );
    expect(reason.previousElementSibling?.classList.contains('qc-verdict')).toBe(true);
    expect(card.querySelectorAll('[data-testid="verdict-reason"]')).toHaveLength(1);
  });

  it('renders the words of the reason as text, never as HTML', () => {
    const hostile = f.withResult(f.close, {
      reason: { code: 'name-part', words: ['<img src=x onerror=alert(1)>'] },
    });
    const reason = show(hostile).part('verdict-reason')!;
    expect(reason.querySelector('img')).toBeNull();
    expect(reason.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says a source of the reader’s own corpus was added by them, and when', () => {
    const mine = {
      ...f.verbatimMatch,
      origin: 'reader' as const,
      article: { ...f.hankyoreh, addedAt: '2026-11-30' },
    };
    const { part } = show(f.withResult(f.verbatim, { best: mine, matches: [mine] }));
    expect(part('added-by-you')?.textContent).toBe('Added by you on 30 November 2026');
    expect((part('article-link') as HTMLAnchorElement).href).toBe(f.hankyoreh.url);
    cleanup();
    expect(show(f.verbatim).part('added-by-you')).toBeNull();
  });

  it('links only an http(s) address: a javascript: URL from an import is shown as plain text', () => {
    const hostile = {
      ...f.verbatimMatch,
      origin: 'reader' as const,
      article: { ...f.hankyoreh, url: 'javascript:alert(document.domain)', addedAt: '2026-11-30' },
    };
    const { card, part } = show(f.withResult(f.verbatim, { best: hostile, matches: [hostile] }));
    expect(part('article-link')?.tagName).toBe('SPAN');
    expect(card.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
