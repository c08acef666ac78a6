// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FOCUS_RETURN_KEY, readSelectionInPage } from '../readSelectionInPage';

afterEach(() => {
  window.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

function selectText(node: Node, start: number, end: number) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('readSelectionInPage', () => {
  it('returns the selection and the text of its paragraph, which names the speaker', () => {
    document.body.innerHTML =
      '<article><p id="p">“We will not pursue unilateral unification,” Moon said.</p><p>Other.</p></article>';
    const text = document.getElementById('p')!.firstChild!;
    selectText(text, 1, 42);
    expect(readSelectionInPage()).toEqual({
      text: 'We will not pursue unilateral unification',
      context: '“We will not pursue unilateral unification,” Moon said.',
      url: location.href,
      focusedFrameUrl: null,
    });
  });

  it('reads a selection inside a text field', () => {
    document.body.innerHTML = '<textarea id="t">He said: we will meet again.</textarea>';
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(9, 27);
    expect(readSelectionInPage().text).toBe('we will meet again');
    // Remembered in this frame, so that closing the card can give focus back to it.
    expect((globalThis as Record<string, unknown>)[FOCUS_RETURN_KEY]).toBe(area);
  });

  it('says which frame has focus when focus sits on an iframe of this document', () => {
    document.body.innerHTML = '<iframe id="f" src="http://127.0.0.1:9/embed.html"></iframe>';
    (document.getElementById('f') as HTMLIFrameElement).focus();
    const answer = readSelectionInPage();
    expect(answer.text).toBe('');
    expect(answer.focusedFrameUrl).toBe('http://127.0.0.1:9/embed.html');
  });

  it('returns empty text when nothing is selected', () => {
    document.body.innerHTML = '<p>Nothing chosen.</p>';
    expect(readSelectionInPage()).toMatchObject({ text: '', context: '', focusedFrameUrl: null });
    expect((globalThis as Record<string, unknown>)[FOCUS_RETURN_KEY]).toBeNull();
  });

  it('cuts a huge paragraph around the selection', () => {
    const filler = 'word '.repeat(2000);
    document.body.innerHTML = `<p id="p">${filler}“Here it is,” Lee said. ${filler}</p>`;
    const node = document.getElementById('p')!.firstChild!;
    const start = filler.length + 1;
    selectText(node, start, start + 10);
    const { text, context } = readSelectionInPage();
    expect(text).toBe('Here it is');
    expect(context.length).toBeLessThanOrEqual(2000);
    expect(context).toContain('“Here it is,” Lee said.');
  });
});
