/**
 * Base64 for the typed arrays of the prebuilt index: little-endian 32-bit words, the
 * same bytes on every platform, without Node's Buffer (this runs in a service worker).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;
const CODES = Uint8Array.from(ALPHABET, (ch) => ch.charCodeAt(0));
const PAD = 61; // '='

export function encodeUint32(values: Uint32Array): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setUint32(i * 4, values[i]!, true);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    out[o++] = CODES[a >> 2]!;
    out[o++] = CODES[((a & 3) << 4) | (b >> 4)]!;
    out[o++] = i + 1 < bytes.length ? CODES[((b & 15) << 2) | (c >> 6)]! : PAD;
    out[o++] = i + 2 < bytes.length ? CODES[c & 63]! : PAD;
  }
  return new TextDecoder().decode(out);
}

/** Decodes `encodeUint32`'s output; `null` when the text is not such a string. */
export function decodeUint32(text: string): Uint32Array | null {
  if (text.length % 4 !== 0) return null;
  let pad = 0;
  if (text.endsWith('==')) pad = 2;
  else if (text.endsWith('=')) pad = 1;
  const byteLength = (text.length / 4) * 3 - pad;
  if (byteLength % 4 !== 0) return null;
  const bytes = new Uint8Array(byteLength);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n0 = sextet(text, i);
    const n1 = sextet(text, i + 1);
    const n2 = sextet(text, i + 2);
    const n3 = sextet(text, i + 3);
    if ((n0 | n1 | n2 | n3) < 0) return null;
    const v = (n0 << 18) | (n1 << 12) | (n2 << 6) | n3;
    if (o < byteLength) bytes[o++] = (v >> 16) & 255;
    if (o < byteLength) bytes[o++] = (v >> 8) & 255;
    if (o < byteLength) bytes[o++] = v & 255;
  }
  const view = new DataView(bytes.buffer);
  const values = new Uint32Array(byteLength / 4);
  for (let i = 0; i < values.length; i++) values[i] = view.getUint32(i * 4, true);
  return values;
}

function sextet(text: string, i: number): number {
  const ch = text.charCodeAt(i);
  if (ch === PAD) return 0;
  return ch < 128 ? LOOKUP[ch]! : -1;
}
