/**
 * The in-page card. Not in the manifest: the background injects this script into one tab
 * (`scripting.executeScript`) when the user runs "Check quote" or the shortcut, then sends
 * it the outcome (`showCard`). The card lives in a shadow root (`<quote-check-card>`), so
 * the page's CSS cannot reach it and its CSS cannot reach the page. Injecting again
 * replaces the previous card (WXT invalidates the older script's context).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import cardCss from '../../assets/card.css?inline';
import { type CheckOutcome, isProtocolMessage } from '../../lib/protocol';
import { err, ok } from '../../lib/result';
import { themeItem } from '../shared/settings';
import { CardApp } from './CardApp';
import { placeCard } from './placeCard';

interface Mounted {
  container: HTMLElement;
  observer: ResizeObserver;
}

/** Above page content, including most sticky headers and cookie banners. */
const CARD_Z_INDEX = '2147483646';

export default defineContentScript({
  registration: 'runtime',
  // The card's CSS is passed to the shadow root as text (`css` below), so nothing is
  // fetched and no web-accessible resource is needed.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    let ui: ShadowRootContentScriptUi<Mounted> | undefined;
    const close = () => {
      ui?.remove();
      ui = undefined;
    };

    const listener = (message: unknown) => {
      if (!isProtocolMessage(message) || message.type !== 'showCard') return undefined;
      const { outcome } = message.data as { outcome: CheckOutcome };
      return show(ctx, outcome, close).then(
        (mounted) => {
          close();
          ui = mounted;
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
      close();
    });

    ctx.addEventListener(document, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && ui) close();
    });
    ctx.addEventListener(document, 'pointerdown', (event) => {
      if (ui && !event.composedPath().includes(ui.shadowHost)) close();
    });
  },
});

function selectionRect(): DOMRect | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  return selection.getRangeAt(0).getBoundingClientRect();
}

async function show(
  ctx: ContentScriptContext,
  outcome: CheckOutcome,
  close: () => void,
): Promise<ShadowRootContentScriptUi<Mounted>> {
  const theme = await themeItem.getValue();
  const selection = selectionRect();
  const viewport = {
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    width: document.documentElement.clientWidth || window.innerWidth,
    height: window.innerHeight,
  };
  // Measured before the card exists, so the card can stay inside the page as it was.
  const pageHeight = document.documentElement.scrollHeight;

  const ui = await createShadowRootUi<Mounted>(ctx, {
    name: 'quote-check-card',
    position: 'inline',
    // On <html>, not <body>: a positioned body would shift absolute coordinates.
    anchor: document.documentElement,
    append: 'last',
    css: cardCss,
    // card.css resets the host itself (`:host { all: initial }`), without WXT's !important
    // reset, which would also wipe the host's position next to the selection.
    inheritStyles: true,
    isolateEvents: true,
    onMount(container, _shadow, host) {
      const place = () => {
        const { top, left, width } = placeCard(
          selection,
          viewport,
          container.offsetHeight,
          pageHeight,
        );
        Object.assign(host.style, {
          position: 'absolute',
          top: `${top}px`,
          left: `${left}px`,
          width: `${width}px`,
          zIndex: CARD_Z_INDEX,
          display: 'block',
        });
      };
      place();
      // The result arrives a frame after the frame, and <details> can open: re-place on resize.
      const observer = new ResizeObserver(place);
      observer.observe(container);
      render(
        <CardApp outcome={outcome} theme={theme} onClose={close} container={container} />,
        container,
      );
      return { container, observer };
    },
    onRemove(mounted) {
      mounted?.observer.disconnect();
      if (mounted) render(null, mounted.container);
    },
  });
  ui.mount();
  return ui;
}
