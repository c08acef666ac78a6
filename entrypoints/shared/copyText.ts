/**
 * Puts text on the clipboard from a click: the async Clipboard API first, then the old
 * `execCommand('copy')` on a hidden textarea (pages where the API is blocked). Resolves
 * `false` when both are refused, so the UI can show the text to copy by hand.
 */
export async function copyText(text: string, container: Node = document.body): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    container.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
