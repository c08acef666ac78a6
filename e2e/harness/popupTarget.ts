import type { BrowserContext, CDPSession } from 'playwright-core';
import { enMessage } from '../fixtures/enMessage';
import { type Slice, stitchPngs } from './stitchPngs';

/**
 * The extension's real toolbar popup, driven over the Chrome DevTools Protocol.
 *
 * Playwright does not list a popup opened with `chrome.action.openPopup()` among the
 * context's pages, but Chromium exposes it as a `page` target. We attach to it from a
 * browser-level CDP session and talk to it with `Target.sendMessageToTarget` (a
 * non-flattened session), because Playwright's CDPSession cannot address child sessions.
 */
export class PopupTarget {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }
  >();

  private constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
    /** The popup page's URL. */
    readonly url: string,
  ) {
    session.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: { message: string };
      };
      if (message.id === undefined) return;
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result ?? {});
    });
  }

  /** Waits for a popup page of this extension to exist and attaches to it. */
  static async attach(
    context: BrowserContext,
    popupUrlPrefix: string,
    timeoutMs: number,
  ): Promise<PopupTarget> {
    const browser = context.browser();
    if (!browser) throw new Error('The browser context has no Browser to open a CDP session on');
    const session = await browser.newBrowserCDPSession();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { targetInfos } = await session.send('Target.getTargets');
      const popup = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(popupUrlPrefix));
      if (popup) {
        const { sessionId } = await session.send('Target.attachToTarget', {
          targetId: popup.targetId,
          flatten: false,
        });
        return new PopupTarget(session, sessionId, popup.url);
      }
      if (Date.now() > deadline) {
        throw new Error(`No popup page starting with ${popupUrlPrefix} within ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Sends one CDP command to the popup page. */
  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const reply = new Promise<Record<string, unknown>>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    void this.session
      .send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      })
      .catch((e: Error) => this.pending.get(id)?.reject(e));
    return reply;
  }

  /** Evaluates a JavaScript expression in the popup and returns its (JSON) value; awaits promises. */
  async evaluate<T>(expression: string): Promise<T> {
    const reply = (await this.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result?: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (reply.exceptionDetails) {
      const d = reply.exceptionDetails;
      throw new Error(`In the popup: ${d.exception?.description ?? d.text}`);
    }
    return reply.result?.value as T;
  }

  /** Polls `expression` until it is truthy, and returns that value. */
  async waitFor<T>(expression: string, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression);
      if (value) return value;
      if (Date.now() > deadline)
        throw new Error(`The popup never showed ${what} (${timeoutMs} ms)`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** `prefers-color-scheme` as the popup sees it. */
  async emulateColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: scheme }],
    });
  }

  /**
   * A PNG of the popup's whole document, including what lies below its scroll edge (the
   * browser caps a popup's height; a reader scrolls for the rest).
   */
  async screenshot(): Promise<Buffer> {
    const size = await this.evaluate<{ height: number; viewport: number; scrollY: number }>(
      '({ height: document.documentElement.scrollHeight, viewport: window.innerHeight, scrollY: window.scrollY })',
    );
    // A window at a time, scrolled: `captureBeyondViewport` in a popup taller than the
    // browser's cap repeats the popup's top below the cap.
    const pngs: Buffer[] = [];
    const slices: Slice[] = [];
    for (let y = 0; y < size.height; y += size.viewport) {
      const scrolled = await this.evaluate<number>(`(window.scrollTo(0, ${y}), window.scrollY)`);
      await this.evaluate(
        'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
      );
      const { data } = (await this.send('Page.captureScreenshot', { format: 'png' })) as {
        data: string;
      };
      pngs.push(Buffer.from(data, 'base64'));
      slices.push({
        top: y - scrolled,
        height: Math.min(size.viewport, size.height - y),
        viewport: size.viewport,
      });
    }
    await this.evaluate(`window.scrollTo(0, ${size.scrollY})`);
    return stitchPngs(pngs, slices);
  }

  async detach(): Promise<void> {
    await this.session
      .send('Target.detachFromTarget', { sessionId: this.sessionId })
      .catch(() => {});
    await this.session.detach().catch(() => {});
  }
}

/** The popup's status line once it says more than "Checking…" (it says that while it reads the page). */
export function popupStatus(popup: PopupTarget, timeoutMs: number): Promise<string> {
  return popup.waitFor<string>(
    `((text) => (text && text !== ${JSON.stringify(enMessage('statusChecking'))} ? text : null))(
      document.querySelector('[data-testid="status"]')?.textContent)`,
    timeoutMs,
    'a status line',
  );
}
