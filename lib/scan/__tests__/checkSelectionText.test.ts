import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMatcher } from '../../match/loadMatcher';
import type { VerifyRequest } from '../../match/types';
import { ok } from '../../result';
import { cardVerdictOf } from '../../ui/cardVerdictOf';
import { checkSelectionText } from '../checkSelectionText';

const corpus = JSON.parse(readFileSync('corpus/quotes.json', 'utf8'));
const loaded = loadMatcher(corpus);
if (!loaded.ok) throw new Error(loaded.error.message);
const matcher = loaded.value;
const asked: VerifyRequest[] = [];
const verify = async (request: VerifyRequest) => {
  asked.push(request);
  return ok(await matcher.verify(request));
};

/** Lee Jae-myung (The Hankyoreh) and Lee Soo-hyuck (The Korea Herald), seed quotations. */
const HANKYOREH =
  'There is no reason for us to limit our own room to maneuver by picking one side [between the US and China]';
const HERALD =
  'Regardless of which government comes next, making the establishment of a peace regime on the Korean Peninsula its ultimate goal is only natural';

/** About 3,000 words of our own narration around the two quotations. */
function longSelection(secondSpeaker: string): string {
  const filler = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `Paragraph ${i + 1} of the background: the delegations met in a hotel by the river, spoke about shipping lanes, fisheries, rail links and student exchanges, and agreed to meet again in the spring after the budget talks.`,
    ).join('\n');
  return [
    filler(40),
    `Governor Lee Jae-myung was asked about the rivalry between Washington and Beijing. “${HANKYOREH},” he said.`,
    filler(40),
    `${secondSpeaker} spoke to reporters in Washington. “${HERALD},” he said.`,
    filler(10),
  ].join('\n');
}

describe('checkSelectionText', () => {
  it('a 3,000-word selection holding two known quotations: both, each with its own speaker and verdict', async () => {
    const text = longSelection('Ambassador Lee Soo-hyuck');
    expect(text.split(/\s+/).length).toBeGreaterThan(3000);
    const outcome = await checkSelectionText({ text }, verify, {
      url: 'http://127.0.0.1/x',
      title: 'X',
    });
    expect(outcome.parts).toHaveLength(2);
    const [first, second] = outcome.parts!;
    const speakers = outcome.parts!.map((p) => (p.result.ok ? p.result.value.best?.speaker : null));
    expect(speakers).toEqual(['Lee Jae-myung', 'Lee Soo-hyuck']);
    expect(cardVerdictOf(first!)).toBe('verbatim');
    expect(cardVerdictOf(second!)).toBe('verbatim');
    expect(first!.result.ok && first!.result.value.attribution).toBe('consistent');
    expect(second!.result.ok && second!.result.value.claimedSpeaker).toBe('Lee Soo-hyuck');
    expect(outcome.page).toEqual({ url: 'http://127.0.0.1/x', title: 'X' });
    expect(outcome.parts!.every((p) => p.page?.title === 'X')).toBe(true);
  });

  it('the part the reader must see first is the check’s result: a misattribution', async () => {
    const outcome = await checkSelectionText({ text: longSelection('Moon Jae-in') }, verify);
    expect(outcome.parts!.map((p) => cardVerdictOf(p))).toEqual(['verbatim', 'misattributed']);
    expect(cardVerdictOf(outcome)).toBe('misattributed');
  });

  it('one quotation within the cap is one check, with the claim read at its offsets', async () => {
    asked.length = 0;
    const context = `“${HERALD},” Moon Jae-in said.\nA year later: “${HERALD},” Ambassador Lee Soo-hyuck said.`;
    const start = context.lastIndexOf(HERALD);
    const outcome = await checkSelectionText(
      { text: HERALD, context, at: { start, end: start + HERALD.length } },
      verify,
    );
    expect(outcome.parts).toBeUndefined();
    expect(asked).toHaveLength(1);
    expect(outcome.result.ok && outcome.result.value.claimedSpeaker).toBe(
      'Ambassador Lee Soo-hyuck',
    );
    expect(cardVerdictOf(outcome)).toBe('verbatim');
  });
});
