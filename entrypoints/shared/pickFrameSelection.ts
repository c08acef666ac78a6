/**
 * Chooses, among the answers of every frame of a tab (`readSelectionInPage` run with
 * `allFrames`), the one that holds the reader's selection: the frame the menu named when
 * it has text, else a frame with selected text (the top frame first), else nothing. When
 * nothing is selected anywhere we could read, but focus sits on a frame none of the
 * readable frames is, the selection is most likely in a frame the browser keeps us out of
 * (`unreadable-frame`): the reader is told so and offered the search field.
 */
import { offsetsWithin } from '../../lib/anchor/offsetsWithin';
import { err, ok, type QcError, type Result } from '../../lib/result';
import type { Translate } from '../../lib/ui/translate';
import type { FramePageSelection, PageSelection } from './readSelectionInPage';

export interface FrameAnswer {
  frameId: number;
  /** What `readSelectionInPage` returned there (anything, until checked). */
  result: unknown;
}

export interface FrameSelection extends PageSelection {
  /** The frame holding the selection (0: the top frame). */
  frameId: number;
  /** The page (frame) the selection is on. */
  page?: { url: string; title: string };
}

function asPageSelection(value: unknown): FramePageSelection | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<FramePageSelection>;
  if (typeof v.text !== 'string') return null;
  const context = typeof v.context === 'string' ? v.context : '';
  return {
    text: v.text,
    context,
    at: offsetsWithin(v.at, context.length),
    url: typeof v.url === 'string' ? v.url : '',
    title: typeof v.title === 'string' ? v.title : '',
    focusedFrameUrl: typeof v.focusedFrameUrl === 'string' ? v.focusedFrameUrl : null,
  };
}

export function pickFrameSelection(
  answers: readonly FrameAnswer[],
  t: Translate,
  /** The frame the context menu was opened in, when it was. */
  menuFrameId?: number,
): Result<FrameSelection, QcError> {
  const frames = answers
    .map((a) => ({ frameId: a.frameId, page: asPageSelection(a.result) }))
    .filter((f): f is { frameId: number; page: FramePageSelection } => f.page !== null)
    .sort((a, b) => a.frameId - b.frameId);
  if (frames.length === 0) return err({ code: 'unreadable-page', message: t('errorUnreadable') });
  const selected = frames.filter((f) => f.page.text.trim() !== '');
  const chosen =
    selected.find((f) => f.frameId === menuFrameId) ??
    // The menu's own frame without text: its text may have gone; any selection will do.
    selected[0];
  if (chosen) {
    const { text, context, at, url, title } = chosen.page;
    return ok({
      text,
      context,
      frameId: chosen.frameId,
      ...(at ? { at } : {}),
      ...(url ? { page: { url, title: title ?? '' } } : {}),
    });
  }
  const readable = new Set(frames.map((f) => f.page.url));
  const focusedElsewhere = frames.some(
    (f) => f.page.focusedFrameUrl !== null && !readable.has(f.page.focusedFrameUrl),
  );
  if (focusedElsewhere) {
    return err({ code: 'unreadable-frame', message: t('errorUnreadableFrame') });
  }
  const top = frames[0]!;
  return ok({ text: '', context: '', frameId: top.frameId });
}
