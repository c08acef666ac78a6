/**
 * The in-page card. Not in the manifest: the background injects this script into the top
 * frame of one tab (`scripting.executeScript`) when the user runs "Check quote" or the
 * shortcut, then sends it the outcome (`showCard`). The card lives in a shadow root
 * (`<quote-check-card>`), so the page's CSS cannot reach it and its CSS cannot reach the
 * page, and in the top layer (a manual popover), above everything the page draws.
 * Floating UI keeps it next to the selection and inside the window (`positionCard`). When
 * the page hides it anyway, the card removes itself and answers `card-hidden`, and the
 * background opens the popup instead. Closing the card (Escape, its close button) gives
 * focus back to where it was. Injecting again replaces the previous card.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import cardCss from '../../assets/card.css?inline';
import { isProtocolMessage, type ProtocolMessage, type ShowCardRequest } from '../../lib/protocol';
import { err, ok, type QcError, type Result } from '../../lib/result';
import { FRAME_ANCHOR_KEY, type FrameAnchorRecord } from '../shared/frameProbe';
import { SCAN_MARK_KEY, type ScanMarkRecord } from '../shared/scanMark';
import { themeItem } from '../shared/settings';
import { t } from '../shared/t';
import { CardApp } from './CardApp';
import {
  cornerAnchor,
  deepActiveElement,
  frameAnchor,
  rangeAnchor,
  selectionAnchor,
} from './cardAnchor';
import { isCardShown } from './isCardShown';
import { positionCard, setImportant } from './positionCard';

interface Mounted {
  container: HTMLElement;
  stopPositioning: () => void;
}

interface Shown {
  ui: ShadowRootContentScriptUi<Mounted>;
  /** Where focus was before the card took it (the text field the reader was in). */
  returnFocus: Element | null;
  /** The frame the selection is in (0: this, the top frame). */
  frameId: number;
}

/** Above page content drawn outside the top layer too, where the top layer is not available. */
const CARD_Z_INDEX = '2147483647';
/** How long to wait for a frame to say where its selection is before using the window's corner. */
const FRAME_ANCHOR_WAIT_MS = 1500;

export default defineContentScript({
  registration: 'runtime',
  // The card's CSS is passed to the shadow root as text (`css` below), so nothing is
  // fetched and no web-accessible resource is needed.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    let shown: Shown | undefined;
    /** `giveBackFocus`: on Escape or the close button; not when the reader clicked elsewhere. */
    const close = (giveBackFocus: boolean) => {
      const closing = shown;
      shown = undefined;
      if (!closing) return;
      closing.ui.remove();
      if (giveBackFocus) returnFocus(closing);
    };

    const listener = (message: unknown) => {
      if (!isProtocolMessage(message) || message.type !== 'showCard') return undefined;
      const request = (message as ProtocolMessage<'showCard'>).data;
      return show(ctx, request, () => close(true)).then(
        (result) => {
          if (!result.ok) return result;
          close(false);
          shown = result.value;
          return ok(null);
        },
        (error: unknown) =>
          err({
            code: 'card-failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      close(false);
    });

    ctx.addEventListener(document, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && shown) close(true);
    });
    ctx.addEventListener(document, 'pointerdown', (event) => {
      if (shown && !event.composedPath().includes(shown.ui.shadowHost)) close(false);
    });
  },
});

/** Gives focus back: to the element in this document, or into the frame the selection was in. */
function returnFocus({ returnFocus: element, frameId }: Shown): void {
  if (element instanceof HTMLElement && element.isConnected) {
    element.focus({ preventScroll: true });
  }
  if (frameId !== 0) {
    // The frame's own element is focused by the background, in that frame.
    void browser.runtime.sendMessage({ type: 'cardClosed', data: { frameId } }).catch(() => {});
  }
}

/**
 * Where the card stands: a quotation the page scan marked, the selection's frame (when it
 * is in one), the selection, or the corner.
 */
async function anchorFor(request: ShowCardRequest): Promise<VirtualElement> {
  if (request.mark) {
    const record = (globalThis as Record<string, unknown>)[SCAN_MARK_KEY] as
      | ScanMarkRecord
      | undefined;
    if (record?.nonce === request.mark.nonce) return rangeAnchor(record.range, window);
  }
  if (request.frame) {
    const record = (globalThis as Record<string, unknown>)[FRAME_ANCHOR_KEY] as
      | FrameAnchorRecord
      | undefined;
    if (record?.nonce === request.frame.nonce) {
      const found = await Promise.race([
        record.anchor,
        new Promise<null>((done) => setTimeout(() => done(null), FRAME_ANCHOR_WAIT_MS)),
      ]);
      if (found) return frameAnchor(found.frame, found.rect);
    }
    return cornerAnchor(window);
  }
  return selectionAnchor(document) ?? cornerAnchor(window);
}

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

async function show(
  ctx: ContentScriptContext,
  request: ShowCardRequest,
  onDismiss: () => void,
): Promise<Result<Shown, QcError>> {
  // Before the card takes focus: where to give it back.
  const active = deepActiveElement(document);
  const returnTo = active && active !== document.body ? active : null;
  const theme = await themeItem.getValue();
  const anchor = await anchorFor(request);
  let placed: () => void = () => {};
  const firstPlacement = new Promise<void>((done) => {
    placed = done;
  });

  const ui = await createShadowRootUi<Mounted>(ctx, {
    name: 'quote-check-card',
    position: 'inline',
    // On <html>, not <body>: nothing of the page's body layout reaches it.
    anchor: document.documentElement,
    append: 'last',
    css: cardCss,
    // card.css resets the host itself (`:host { all: initial }`), without WXT's !important
    // reset, which would also wipe the host's position next to the selection.
    inheritStyles: true,
    isolateEvents: true,
    onMount(container, _shadow, host) {
      setImportant(host, {
        position: 'fixed',
        left: '0px',
        top: '0px',
        right: 'auto',
        bottom: 'auto',
        'z-index': CARD_Z_INDEX,
      });
      host.setAttribute('popover', 'manual');
      render(
        <CardApp
          outcome={request.outcome}
          theme={theme}
          onClose={onDismiss}
          container={container}
        />,
        container,
      );
      return { container, stopPositioning: () => {} };
    },
    onRemove(mounted) {
      mounted?.stopPositioning();
      if (mounted) render(null, mounted.container);
    },
  });
  ui.mount();
  const host = ui.shadowHost;
  try {
    // The top layer: above any page element, whatever its z-index, transform or overflow.
    host.showPopover();
  } catch {
    // No popover support (or refused): the fixed host with the highest z-index still shows.
  }
  const mounted = ui.mounted;
  if (mounted) mounted.stopPositioning = positionCard(anchor, host, () => placed());
  await firstPlacement;
  await nextFrame();
  const dialog = ui.shadow.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog || !isCardShown(host, dialog, window)) {
    ui.remove();
    if (returnTo instanceof HTMLElement) returnTo.focus({ preventScroll: true });
    return err({ code: 'card-hidden', message: t('errorCardHidden') });
  }
  return ok({ ui, returnFocus: returnTo, frameId: request.frame?.frameId ?? 0 });
}
