/**
 * Where the bundled corpus's segment lives in the extension (from `public/`, which the
 * build copies to the extension's root): `npm run corpus` writes it, the worker reads it
 * with `fetch(runtime.getURL(...))`.
 */
export const BUNDLED_SEGMENT_PATH = '/segments/bundled.qcs';
