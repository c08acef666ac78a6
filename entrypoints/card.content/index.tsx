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

/** Above page content, including most sticky headers and cookie banners. */
const CARD_Z_INDEX = '2147483646';

export default defineContentScript({
  registration: 'runtime',
  // The card's CSS is passed to the shadow root as text (`css` below), so nothing is
  // fetched and no web-accessible resource is needed.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
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
): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  const theme = await themeItem.getValue();
  const place = placeCard(selectionRect(), {
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    width: document.documentElement.clientWidth || window.innerWidth,
    height: window.innerHeight,
  });
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'quote-check-card',
    position: 'inline',
    // On <html>, not <body>: a positioned body would shift absolute coordinates.
    anchor: document.documentElement,
    append: 'last',
    css: cardCss,
    isolateEvents: true,
    onMount(container, _shadow, host) {
      Object.assign(host.style, {
        position: 'absolute',
        top: `${place.top}px`,
        left: `${place.left}px`,
        width: `${place.width}px`,
        zIndex: CARD_Z_INDEX,
        display: 'block',
      });
      render(
        <CardApp outcome={outcome} theme={theme} onClose={close} container={container} />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
