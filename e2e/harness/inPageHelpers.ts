/**
 * Functions that run IN A PAGE OR FRAME, passed to `evaluate` of Playwright or puppeteer
 * alike (each self-contained: the page gets it as source text).
 */

/**
 * Selects the first occurrence of `needle` (inside one text node) with a DOM Range, after
 * scrolling it into view; returns the selected text, or `null` when no text node holds it.
 */
export function selectPassageInPage(needle: string): string | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(needle) ?? -1;
    if (at < 0) continue;
    node.parentElement?.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? '';
  }
  return null;
}

/** Selects `needle` inside the `#letter` text field (focused first by the test). */
export function selectInLetterField(needle: string): void {
  const area = document.getElementById('letter') as HTMLTextAreaElement;
  const start = area.value.indexOf(needle);
  area.setSelectionRange(start, start + needle.length);
}

/**
 * Runs IN AN EXTENSION CONTEXT (Chromium's service worker, Firefox's extension page): the
 * address of every frame of a tab, with the extension's frame id.
 */
export async function listFramesInExtension(
  tabId: number,
): Promise<{ frameId: number; url: string }[]> {
  const api =
    (globalThis as { browser?: unknown; chrome?: unknown }).browser ??
    (globalThis as { chrome?: unknown }).chrome;
  const scripting = (
    api as {
      scripting: { executeScript(o: object): Promise<{ frameId: number; result: unknown }[]> };
    }
  ).scripting;
  const results = await scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () => location.href,
  });
  return results.map((r) => ({ frameId: r.frameId, url: String(r.result) }));
}

/** The frame of `frames` whose address starts with `urlPrefix`, or a throw naming them all. */
export function frameAt(frames: { frameId: number; url: string }[], urlPrefix: string): number {
  const found = frames.find((f) => f.url.startsWith(urlPrefix));
  if (!found) throw new Error(`No frame at ${urlPrefix} (frames: ${JSON.stringify(frames)})`);
  return found.frameId;
}

/** Selects the whole of the page's article, from its first paragraph to the end of its last. */
export function selectWholeArticle(): void {
  const paragraphs = document.querySelectorAll('article p');
  const range = document.createRange();
  range.setStart(paragraphs[0]!.firstChild!, 0);
  const last = paragraphs[paragraphs.length - 1]!.firstChild as Text;
  range.setEnd(last, last.length);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
}
