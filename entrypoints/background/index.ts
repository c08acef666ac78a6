/**
 * The background worker, thin: it hosts the matcher (the bundled corpus's segment,
 * fetched from the extension's files and opened on first need; warmed once per worker
 * life, as the worker starts) and wires the menu, the shortcut and the message router to
 * the modules beside this file.
 *
 * Test hooks: in the test build only (`QC_E2E=1`, see wxt.config.ts), the worker exposes
 * `globalThis.__qcTest`: `checkInTab(tabId, frameId?)` runs exactly what the shortcut (no
 * frame id) or "Check quote" in that frame runs for that tab; `addSegment(url)` hands the
 * matcher one more segment (a file the test serves), as the reader's corpus will;
 * `startup()` says when the worker started and when its matcher was ready, and logs each
 * check and each read of the reader's body chunks.
 * `import.meta.env.QC_E2E` is a compile-time `false` in the normal build, so the hooks
 * are not in the shipped bundle.
 */

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Matcher } from '../../lib/match/Matcher';
import { shippedWordBits } from '../../lib/match/specificity/shippedWordBits';
import type { VerifyRequest } from '../../lib/match/types';
import { isoDay } from '../../lib/reader/isoDay';
import { ok } from '../../lib/result';
import { highlightCss } from '../../lib/scan/markStyles';
import { ReaderStore } from '../../lib/store/ReaderStore';
import { readSelection } from '../shared/readSelection';
import { restoreFocusInPage } from '../shared/restoreFocusInPage';
import { type DisplayMode, displayModeItem } from '../shared/settings';
import { t } from '../shared/t';
import { addSegmentFrom } from './addSegmentFrom';
import { createArticleDrafts } from './articleDrafts';
import { type CheckFrom, checkInTab } from './checkInTab';
import { createChecksInFlight } from './checksInFlight';
import { createMessageHandler } from './handleMessage';
import { createReaderMessageHandler } from './handleReaderMessage';
import { loadBundledMatcher } from './loadBundledMatcher';
import { createMatcherHost } from './matcherHost';
import { openPopup } from './openPopup';
import { openReview } from './openReview';
import { createPendingChecks } from './pendingChecks';
import { readArticleInTab } from './readArticleInTab';
import { createReaderHost } from './readerHost';
import { registerListeners } from './registerListeners';
import { createScanStore } from './scanStore';
import { SCAN_SCRIPT, scanTab } from './scanTab';
import { clearBadge, setScanBadge } from './setScanBadge';
import { setVerdictBadge } from './setVerdictBadge';
import { showCardInTab } from './showCardInTab';
import { verifyWith } from './verifyWith';
import { nextTurn, warmMatcher } from './warmMatcher';

export default defineBackground(() => {
  // When the worker started and when its matcher was ready (the test build reports them).
  const startedAt = performance.now();
  let bundledAt = 0;
  let readAt = 0;
  let readyAt = 0;
  /** The test build's log of the checks this worker life ran (start, duration, in ms). */
  const checks: { at: number; ms: number }[] = [];
  /** The test build's log of the reader's body chunks read (start, duration, how many). */
  const bodyReads: { at: number; ms: number; chunks: number }[] = [];
  // The reader's own corpus (IndexedDB) joins the bundled segment before the first check.
  const reader = createReaderHost(
    import.meta.env.QC_E2E
      ? { openStore: () => ReaderStore.open().then((s) => timedReads(s, bodyReads)) }
      : {},
  );
  // Checks running now: the warm-up waits for them (one may be waiting for its bytes).
  const inFlight = createChecksInFlight();
  const getMatcher = createMatcherHost(async () => {
    // The reader's segments are read from IndexedDB while the bundled one is fetched. No
    // warm checks meanwhile: the read's bytes are taken in on this thread, and a check
    // running then delayed them (e2e: the first answer 184 ms without, 285-308 ms with).
    const read = reader.prepare().then(() => {
      readAt = performance.now();
    });
    const loaded = await loadBundledMatcher();
    bundledAt = performance.now();
    // While the reader's segments are read: the specificity gate's word table, which the
    // first check needs whatever it is (built here, it is off that check's time).
    shippedWordBits('the');
    if (loaded.ok) await reader.attach(loaded.value);
    await read;
    readyAt = performance.now();
    if (!loaded.ok) return loaded;
    return ok(
      inFlight.track(import.meta.env.QC_E2E ? timedChecks(loaded.value, checks) : loaded.value),
    );
  });
  const getReader = () => getMatcher().then((m) => (m.ok ? reader.current() : m));
  const pending = createPendingChecks();

  // The display mode as last seen, known without waiting: Firefox opens the popup only
  // synchronously inside the menu click or command, so "popup only" must be known there.
  let displayModeNow: DisplayMode | undefined;
  void displayModeItem.getValue().then((mode) => {
    displayModeNow = mode;
  });
  displayModeItem.watch((mode) => {
    displayModeNow = mode;
  });

  const check = (tabId: number, from?: CheckFrom) =>
    checkInTab(
      tabId,
      {
        readSelection,
        verify: (request: VerifyRequest) => verifyWith(getMatcher, request, t),
        setBadge: (id, outcome) => setVerdictBadge(id, outcome, t),
        showCard: (id, frameId, outcome) => showCardInTab(id, frameId, outcome, t),
        openPopup,
        displayMode: () => displayModeItem.getValue(),
        displayModeNow: () => displayModeNow,
        pending,
        t,
      },
      from,
    );

  const restoreFocus = async (tabId: number, frameId: number): Promise<void> => {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: restoreFocusInPage,
    });
  };

  const scans = createScanStore();
  const scan = (tabId: number) =>
    scanTab(tabId, {
      // An author style sheet: Chromium paints no ::highlight background from a user
      // style sheet (only its underline; seen in the e2e screenshots). Its rules are
      // !important and name only our highlights, which no page rule names.
      insertStyles: (id) =>
        browser.scripting.insertCSS({
          target: { tabId: id, frameIds: [0] },
          css: highlightCss(),
          origin: 'AUTHOR',
        }),
      injectScan: async (id) => {
        const [answer] = await browser.scripting.executeScript({
          target: { tabId: id, frameIds: [0] },
          files: [SCAN_SCRIPT],
        });
        return answer?.result;
      },
      setBadge: (id, report) => setScanBadge(id, report, t),
      store: scans,
      t,
    });
  const forgetTab = (tabId: number) => {
    if (scans.drop(tabId)) void clearBadge(tabId, t).catch(() => undefined);
  };

  const drafts = createArticleDrafts();
  const handleReaderMessage = createReaderMessageHandler({
    getReader,
    readArticle: (tabId) => readArticleInTab(tabId, t),
    openReview,
    drafts,
    scheduleMerge: reader.scheduleMerge,
    today: () => isoDay(),
    t,
  });
  const handleMessage = createMessageHandler({
    getMatcher,
    readSelection,
    restoreFocus,
    pending,
    t,
    scan: {
      scan,
      sendToPage: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
      showMarkCard: (tabId, { outcome, nonce }) => showCardInTab(tabId, 0, outcome, t, { nonce }),
      store: scans,
    },
  });
  // "Add this article to Quote Check" (menu): the review tab opens with the draft, or says
  // why the page could not be read.
  const addArticle = async (tabId: number) =>
    openReview(tabId, drafts.put(await readArticleInTab(tabId, t)));

  registerListeners({
    check,
    handleMessage: (message, sender) =>
      handleMessage(message, sender) ?? handleReaderMessage(message),
    addArticle,
    t,
    scan,
    forgetTab,
  });

  // Ready before the popup asks; after this task, so the listeners above answer first; each
  // warm check waits until no real check is running (e2e: a woken worker's first check,
  // waiting for its candidates' bytes, otherwise shared its thread with the warm checks).
  const quietTurn = async () => {
    await nextTurn();
    while (inFlight.running() > 0) {
      await inFlight.idle();
      await nextTurn();
    }
  };
  setTimeout(() => void warmMatcher(getMatcher, quietTurn), 0);

  if (import.meta.env.QC_E2E) {
    (globalThis as { __qcTest?: unknown }).__qcTest = {
      // The menu's path when given a frame id (the frame right-clicked in), else the shortcut's.
      checkInTab: async (tabId: number, frameId?: number): Promise<void> => {
        await check(tabId, frameId === undefined ? {} : { frameId });
      },
      addSegment: (url: string) => addSegmentFrom(getMatcher, url),
      addArticle: (tabId: number) => addArticle(tabId),
      // The page context menu's and the scan shortcut's path.
      scanTab: (tabId: number) => scan(tabId),
      startup: () => ({
        timeOrigin: performance.timeOrigin,
        startedAt,
        bundledAt,
        readAt,
        readyAt,
        checks,
        bodyReads,
      }),
    };
  }
});

/** The test build's store: the same, with each read of body chunks logged. */
function timedReads(
  store: ReaderStore,
  log: { at: number; ms: number; chunks: number }[],
): ReaderStore {
  const read = store.bodyChunks.bind(store);
  store.bodyChunks = async (id, ns) => {
    const at = performance.now();
    const got = await read(id, ns);
    log.push({ at, ms: performance.now() - at, chunks: ns.length });
    return got;
  };
  return store;
}

/** The test build's matcher: the same, with each check's start and duration logged. */
function timedChecks(matcher: Matcher, log: { at: number; ms: number }[]): Matcher {
  return {
    ...matcher,
    verify: async (request) => {
      const at = performance.now();
      const result = await matcher.verify(request);
      log.push({ at, ms: performance.now() - at });
      return result;
    },
  };
}
