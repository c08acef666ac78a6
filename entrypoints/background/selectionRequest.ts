/**
 * The check a page's selection asks for: its text, with its paragraphs and the selection's
 * offsets in them when the page gave them (the claim reader and the scan of a long or
 * mixed selection read the page's own attribution there).
 */
import type { VerifyRequest } from '../../lib/match/types';
import type { FrameSelection } from '../shared/pickFrameSelection';

export function selectionRequest(text: string, read: FrameSelection | null): VerifyRequest {
  if (!read?.context) return { text };
  return { text, context: read.context, ...(read.at ? { at: read.at } : {}) };
}
