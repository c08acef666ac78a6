import { resolve } from 'node:path';

/**
 * The project's shared folder (seeds, real pages) beside the repository: `../shared`, or
 * `QC_SHARED` when the checkout lives elsewhere (a git worktree). Tests and the
 * extraction scorer skip cleanly when it is absent.
 */
export const SHARED_DIR = resolve(process.env.QC_SHARED ?? '../shared');
