/**
 * One scan of the page, in its top frame: read the page's quotations with their speakers
 * and their places (`readPageQuotations`), have them all checked in one message to the
 * worker (`verifyBatch`: the bundled and the reader's corpora), mark the known ones in
 * place (`createMarks`), show the legend (`mountOverlay`), and listen for clicks on the
 * marks (the card opens for the one clicked) and for the popup's "show in the page".
 * Answers the report, or an error value; never throws into the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { VerifyRequest } from '../../lib/match/types';
import { isProtocolMessage, type ProtocolMessage } from '../../lib/protocol';
import { err, ok, type QcError, type Result } from '../../lib/result';
import { isMarkedVerdict } from '../../lib/scan/markStyles';
import { readPageQuotations } from '../../lib/scan/readPageQuotations';
import { coverageNotes, summarizeScan } from '../../lib/scan/summarizeScan';
import type { ScanItem, ScanReport } from '../../lib/scan/types';
import { cardVerdictOf } from '../../lib/ui/cardVerdictOf';
import { SCAN_MARK_KEY, type ScanMarkRecord } from '../shared/scanMark';
import { sendMessage } from '../shared/sendMessage';
import { themeItem } from '../shared/settings';
import { t } from '../shared/t';
import { createMarks, type MarkEntry, type Marks } from './createMarks';
import { mountOverlay, type Overlay } from './mountOverlay';

/** The running scan of this page, in the extension's world of the top frame. */
const SCAN_KEY = '__quoteCheckScan';
/** Set by the test build before injecting: draw the fallback boxes even where highlights exist. */
const FORCE_OVERLAY_KEY = '__quoteCheckScanForceOverlay';

interface Running {
  report: ScanReport;
  dispose(): void;
}

const globals = globalThis as Record<string, unknown>;

export async function runScan(ctx: ContentScriptContext): Promise<Result<ScanReport, QcError>> {
  (globals[SCAN_KEY] as Running | undefined)?.dispose();
  globals[SCAN_KEY] = undefined;
  try {
    return await scan(ctx);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err({ code: 'scan-failed', message: `${t('scanFailed')} (${detail})` });
  }
}

async function scan(ctx: ContentScriptContext): Promise<Result<ScanReport, QcError>> {
  const t0 = performance.now();
  const read = readPageQuotations(document);
  const t1 = performance.now();
  const requests: VerifyRequest[] = read.quotations.map((q) => ({
    text: q.text,
    ...(q.speaker ? { claimedSpeaker: q.speaker } : {}),
  }));
  const checked = requests.length > 0 ? await sendMessage('verifyBatch', { requests }) : ok([]);
  if (!checked.ok) return checked;
  const t2 = performance.now();
  const page = { url: location.href, title: document.title };

  const items: ScanItem[] = read.quotations.map((q, i) => {
    const result =
      checked.value[i] ?? err({ code: 'internal', message: t('errorInternal', ['no answer']) });
    return {
      id: q.id,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker,
      source: q.source,
      result,
      verdict: cardVerdictOf({ text: q.text, result }),
      marked: false,
    };
  });
  const entries: MarkEntry[] = [];
  for (const [i, item] of items.entries()) {
    if (!isMarkedVerdict(item.verdict)) continue;
    const q = read.quotations[i]!;
    entries.push({ id: item.id, verdict: item.verdict, range: q.range, selector: q.selector });
  }

  let overlay: Overlay | null = null;
  let lost = 0;
  const marks: Marks = createMarks(document, entries, {
    root: read.root,
    forceOverlay: globals[FORCE_OVERLAY_KEY] === true,
    onBoxes: (boxes) => overlay?.update({ boxes }),
    onLost: (n) => {
      lost = n;
      if (running) {
        running.report = reportNow();
        overlay?.update({ notes: coverageNotes(running.report.coverage) });
      }
    },
  });
  const reportNow = (): ScanReport => {
    const marked = marks.marked();
    const withMarks = items.map((i) => ({ ...i, marked: marked.has(i.id) }));
    return {
      page,
      items: withMarks,
      coverage: { ...read.coverage, lost },
      path: marks.path,
      timings: { readMs: t1 - t0, checkMs: t2 - t1, markMs: 0, totalMs: 0 },
    };
  };
  let running: Running | null = null;
  marks.apply();
  let report = reportNow();
  const theme = await themeItem.getValue().catch(() => 'system' as const);
  overlay = await mountOverlay(
    ctx,
    {
      summary: summarizeScan(report.items),
      notes: coverageNotes(report.coverage),
      boxes: marks.boxes(),
      theme,
    },
    () => {
      marks.clear();
      overlay?.remove();
      overlay = null;
    },
  );
  const t3 = performance.now();
  report = { ...report, timings: { ...report.timings, markMs: t3 - t2, totalMs: t3 - t0 } };

  // Clicks on marks: highlights get no events, so the click point is tested against them.
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.detail > 1 || event.defaultPrevented) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (
      target?.closest(
        'a, button, input, textarea, select, label, [contenteditable], quote-check-scan, quote-check-card',
      )
    )
      return;
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const id = marks.at(event.clientX, event.clientY);
    if (!id) return;
    const item = report.items.find((i) => i.id === id);
    const range = marks.range(id);
    if (!item || !range) return;
    const nonce = crypto.randomUUID();
    globals[SCAN_MARK_KEY] = { nonce, range: range.cloneRange() } satisfies ScanMarkRecord;
    void sendMessage('openMarkCard', {
      outcome: { text: item.text, result: item.result, page },
      nonce,
    });
  };
  window.addEventListener('click', onClick, true);

  const onMessage = (message: unknown) => {
    if (!isProtocolMessage(message) || !running) return undefined;
    if (message.type === 'scanReportInPage') return Promise.resolve(ok(running.report));
    if (message.type === 'revealInPage') {
      const { id } = (message as ProtocolMessage<'revealInPage'>).data;
      if (!overlay) {
        void mountOverlay(
          ctx,
          {
            summary: summarizeScan(running.report.items),
            notes: coverageNotes(running.report.coverage),
            boxes: [],
            theme,
          },
          () => {
            marks.clear();
            overlay?.remove();
            overlay = null;
          },
        ).then((o) => {
          overlay = o;
        });
      }
      return Promise.resolve(
        marks.reveal(id) ? ok(null) : err({ code: 'scan-gone', message: t('scanGone') }),
      );
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  running = {
    report,
    dispose() {
      window.removeEventListener('click', onClick, true);
      browser.runtime.onMessage.removeListener(onMessage);
      marks.dispose();
      overlay?.remove();
      overlay = null;
    },
  };
  globals[SCAN_KEY] = running;
  ctx.onInvalidated(() => running?.dispose());
  return ok(report);
}
