/**
 * Runs INSIDE a frame (through `scripting.executeScript({ func })`), self-contained: gives
 * focus back to the element `readSelectionInPage` found focused there, once the card
 * (which lives in the top frame) closes. Returns whether it could.
 */
export function restoreFocusInPage(): boolean {
  const KEY = '__quoteCheckFocusReturn'; // FOCUS_RETURN_KEY in readSelectionInPage.ts
  const element = (globalThis as Record<string, unknown>)[KEY];
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  element.focus({ preventScroll: true });
  return document.activeElement === element || element.contains(document.activeElement);
}
