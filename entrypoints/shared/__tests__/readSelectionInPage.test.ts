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
  it('returns the selection, its paragraph and the one before, and its offsets there', () => {
    document.body.innerHTML =
      '<article><h1>Talks</h1><p>Moon Jae-in spoke last.</p><p id="p">“We will not pursue <b>unilateral</b> unification,” he said.</p><p>Other.</p></article>';
    const p = document.getElementById('p')!;
    selectText(p.firstChild!, 1, p.firstChild!.textContent!.length);
    const range = window.getSelection()!.getRangeAt(0);
    range.setEnd(p.childNodes[2]!, 12);
    const answer = readSelectionInPage();
    expect(answer).toEqual({
      text: 'We will not pursue unilateral unification',
      context: 'Moon Jae-in spoke last.\n“We will not pursue unilateral unification,” he said.',
      at: { start: 25, end: 66 },
      url: location.href,
      title: document.title,
      focusedFrameUrl: null,
    });
    expect(answer.context.slice(answer.at!.start, answer.at!.end)).toBe(answer.text);
  });

  it('a selection over several paragraphs: all of them, and the offsets of both ends', () => {
    document.body.innerHTML =
      '<p>Intro line.</p><div><p id="a">“First part,” Lee said.</p><ul><li>A listed point.</li></ul><p id="b">“Second part,” Kim said.</p></div><p>After.</p>';
    const a = document.getElementById('a')!.firstChild!;
    const b = document.getElementById('b')!.firstChild!;
    const range = document.createRange();
    range.setStart(a, 1);
    range.setEnd(b, 12);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    const { context, at } = readSelectionInPage();
    expect(context).toBe(
      'Intro line.\n“First part,” Lee said.\nA listed point.\n“Second part,” Kim said.',
    );
    expect(context.slice(at!.start, at!.end)).toBe(
      'First part,” Lee said.\nA listed point.\n“Second part',
    );
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

  it('cuts a huge paragraph to a window around the selection, the offsets moved with it', () => {
    const filler = 'word '.repeat(60_000);
    document.body.innerHTML = `<p id="p">${filler}“Here it is,” Lee said. ${filler}</p>`;
    const node = document.getElementById('p')!.firstChild!;
    const start = filler.length + 1;
    selectText(node, start, start + 10);
    const { text, context, at } = readSelectionInPage();
    expect(text).toBe('Here it is');
    expect(context.length).toBeLessThanOrEqual(200_000);
    expect(context.length).toBeLessThan(filler.length * 2);
    expect(context.slice(at!.start, at!.end)).toBe('Here it is');
    expect(context).toContain('“Here it is,” Lee said.');
  });

  it('a selection in a text field: its value, with the offsets', () => {
    document.body.innerHTML = '<textarea id="t">Lee said: we will meet again.</textarea>';
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(10, 28);
    expect(readSelectionInPage()).toMatchObject({
      text: 'we will meet again',
      context: 'Lee said: we will meet again.',
      at: { start: 10, end: 28 },
    });
  });
});
