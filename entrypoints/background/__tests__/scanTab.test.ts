import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { VerifyResult } from '../../../lib/match/types';
import { err, ok } from '../../../lib/result';
import type { ScanItem, ScanReport } from '../../../lib/scan/types';
import type { CardVerdict } from '../../../lib/ui/verdictStyle';
import { VERDICT_STYLES } from '../../../lib/ui/verdictStyle';
import { handleScanMessage, type ScanMessageDeps } from '../handleScanMessage';
import { createScanStore } from '../scanStore';
import { scanTab } from '../scanTab';
import { scanBadge, setScanBadge } from '../setScanBadge';
import { answer, t } from './fakes';

const item = (id: string, verdict: CardVerdict): ScanItem => ({
  id,
  text: `words of ${id}`,
  kind: 'direct',
  speaker: null,
  source: null,
  result: ok(answer('verbatim')),
  verdict,
  marked: true,
});

function report(verdicts: CardVerdict[]): ScanReport {
  return {
    page: { url: 'http://127.0.0.1/a.html', title: 'A' },
    items: verdicts.map((v, i) => item(`q${i + 1}`, v)),
    coverage: {
      pageChars: 100,
      readChars: 100,
      articleChars: 90,
      articleTotalChars: 90,
      found: verdicts.length,
      checked: verdicts.length,
      noArticle: false,
      frames: 0,
      lost: 0,
    },
    path: 'highlights',
    timings: { readMs: 1, checkMs: 1, markMs: 1, totalMs: 3 },
  };
}

describe('scanTab', () => {
  const deps = () => ({
    insertStyles: vi.fn(async () => {}),
    injectScan: vi.fn(async (): Promise<unknown> => ok(report(['verbatim', 'altered']))),
    setBadge: vi.fn(async () => {}),
    store: createScanStore(),
    t,
  });

  it('styles the page once, injects the scan, keeps the report and sets the badge', async () => {
    const d = deps();
    const r = await scanTab(4, d);
    expect(r).toEqual(ok(report(['verbatim', 'altered'])));
    expect(d.store.get(4)).toEqual(report(['verbatim', 'altered']));
    expect(d.setBadge).toHaveBeenCalledWith(4, report(['verbatim', 'altered']));
    await scanTab(4, d);
    expect(d.insertStyles).toHaveBeenCalledTimes(1);
    expect(d.injectScan).toHaveBeenCalledTimes(2);
    // A page left since: styled again.
    d.store.drop(4);
    await scanTab(4, d);
    expect(d.insertStyles).toHaveBeenCalledTimes(2);
  });

  it('a page the browser keeps us out of: unreadable-page, nothing kept', async () => {
    const d = {
      ...deps(),
      injectScan: vi.fn(async () => Promise.reject(new Error('Cannot access'))),
    };
    await expect(scanTab(4, d)).resolves.toMatchObject({
      ok: false,
      error: { code: 'unreadable-page' },
    });
    expect(d.store.get(4)).toBeUndefined();
    expect(d.setBadge).not.toHaveBeenCalled();
  });

  it('the page script’s own error comes back as it is; nonsense is scan-failed', async () => {
    const failed = err({ code: 'scan-failed', message: 'The scan could not read this page. (x)' });
    const d = { ...deps(), injectScan: vi.fn(async (): Promise<unknown> => failed) };
    await expect(scanTab(4, d)).resolves.toEqual(failed);
    for (const nonsense of [undefined, 4, { ok: true, value: { items: 'no' } }, { ok: false }]) {
      const n = { ...deps(), injectScan: vi.fn(async (): Promise<unknown> => nonsense) };
      await expect(scanTab(4, n)).resolves.toMatchObject({
        ok: false,
        error: { code: 'scan-failed' },
      });
    }
  });
});

describe('scan badge', () => {
  it('counts altered and misattributed quotations, in the colour of the graver', () => {
    expect(scanBadge(report(['verbatim', 'close']))).toEqual({
      text: '0',
      color: VERDICT_STYLES.verbatim.color,
    });
    expect(scanBadge(report(['altered', 'verbatim', 'no-match']))).toEqual({
      text: '1',
      color: VERDICT_STYLES.altered.color,
    });
    expect(scanBadge(report(['altered', 'misattributed', 'altered']))).toEqual({
      text: '3',
      color: VERDICT_STYLES.misattributed.color,
    });
    expect(scanBadge(report(Array(1200).fill('altered'))).text).toBe('999+');
  });

  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('sets text, colour and a tooltip in words, for that tab', async () => {
    const text = vi.spyOn(browser.action, 'setBadgeText');
    const title = vi.spyOn(browser.action, 'setTitle');
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(t as never);
    await setScanBadge(7, report(['altered', 'verbatim', 'misattributed']), t);
    expect(text).toHaveBeenCalledWith({ tabId: 7, text: '2' });
    expect(title).toHaveBeenCalledWith({
      tabId: 7,
      title: 'Quote Check: 2 of 3 known quotations on this page altered or misattributed',
    });
  });
});

describe('handleScanMessage', () => {
  function deps(overrides: Partial<ScanMessageDeps> = {}): ScanMessageDeps {
    return {
      scan: vi.fn(async () => ok(report(['verbatim']))),
      verify: vi.fn(async (r) =>
        ok({ ...answer('verbatim'), claimedSpeaker: r.claimedSpeaker ?? null } as VerifyResult),
      ),
      sendToPage: vi.fn(async () => ok(null)),
      showMarkCard: vi.fn(async () => ok(null)),
      store: createScanStore(),
      t,
      ...overrides,
    };
  }

  it('verifyBatch: every request checked, answers in order, in one response', async () => {
    const d = deps();
    const r = await handleScanMessage(
      {
        type: 'verifyBatch',
        data: {
          requests: [{ text: 'one two three' }, { text: 'four five six', claimedSpeaker: 'Lee' }],
        },
      },
      { tab: { id: 3 } },
      d,
    );
    expect(r).toMatchObject({
      ok: true,
      value: [
        { ok: true, value: { claimedSpeaker: null } },
        { ok: true, value: { claimedSpeaker: 'Lee' } },
      ],
    });
    expect(d.verify).toHaveBeenCalledTimes(2);
  });

  it('bad requests are refused with a sentence, never thrown', async () => {
    const d = deps();
    for (const message of [
      { type: 'verifyBatch', data: { requests: 'no' } },
      { type: 'verifyBatch', data: { requests: Array(1001).fill({ text: 'x' }) } },
      { type: 'scanPage', data: { tabId: -1 } },
      { type: 'scanState', data: null },
      { type: 'revealMark', data: { tabId: 3 } },
      { type: 'openMarkCard', data: { nonce: 'n', outcome: {} } },
    ] as never[]) {
      await expect(handleScanMessage(message, undefined, d)).resolves.toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
  });

  it('scanState: the kept report; else the page’s own; else null', async () => {
    const kept = deps();
    kept.store.put(3, report(['altered']));
    await expect(
      handleScanMessage({ type: 'scanState', data: { tabId: 3 } }, undefined, kept),
    ).resolves.toEqual(ok(report(['altered'])));

    const fromPage = deps({ sendToPage: vi.fn(async () => ok(report(['close']))) });
    await expect(
      handleScanMessage({ type: 'scanState', data: { tabId: 3 } }, undefined, fromPage),
    ).resolves.toEqual(ok(report(['close'])));
    expect(fromPage.store.get(3)).toEqual(report(['close']));

    const none = deps({ sendToPage: vi.fn(async () => Promise.reject(new Error('no receiver'))) });
    await expect(
      handleScanMessage({ type: 'scanState', data: { tabId: 3 } }, undefined, none),
    ).resolves.toEqual(ok(null));
  });

  it('revealMark goes to the page; a page without the scan says the marks are gone', async () => {
    const d = deps();
    await handleScanMessage({ type: 'revealMark', data: { tabId: 3, id: 'q2' } }, undefined, d);
    expect(d.sendToPage).toHaveBeenCalledWith(3, { type: 'revealInPage', data: { id: 'q2' } });
    const gone = deps({ sendToPage: vi.fn(async () => Promise.reject(new Error('no receiver'))) });
    await expect(
      handleScanMessage({ type: 'revealMark', data: { tabId: 3, id: 'q2' } }, undefined, gone),
    ).resolves.toMatchObject({ ok: false, error: { code: 'scan-gone' } });
  });

  it('openMarkCard shows the card in the sender’s tab', async () => {
    const d = deps();
    const data = { outcome: { text: 'x', result: ok(answer('verbatim')) }, nonce: 'n1' };
    await handleScanMessage({ type: 'openMarkCard', data }, { tab: { id: 8 } }, d);
    expect(d.showMarkCard).toHaveBeenCalledWith(8, data);
  });

  it('messages that are not the scan’s are left to the others', () => {
    expect(
      handleScanMessage({ type: 'verify', data: { text: 'x' } }, undefined, deps()),
    ).toBeUndefined();
    expect(
      handleScanMessage({ type: 'revealInPage', data: { id: 'q1' } }, undefined, deps()),
    ).toBeUndefined();
  });
});
