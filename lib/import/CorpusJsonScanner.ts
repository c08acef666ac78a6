/**
 * An incremental scanner for a corpus file (one JSON object: `schemaVersion` and the
 * arrays `speakers`, `articles`, `quotes`, `narration`) that never holds the whole file:
 * fed text piece by piece, it hands out each array entry's JSON text (and the line it
 * starts on) as soon as the entry is complete, for `JSON.parse` to read. It only tracks
 * nesting, strings and the object's outline; what an entry holds is checked by the caller.
 * An entry longer than `maxChars` is reported with `json: null`, its text dropped as it
 * streams past.
 */

export const CORPUS_SECTIONS = ['speakers', 'articles', 'quotes', 'narration'] as const;
export type CorpusSection = (typeof CORPUS_SECTIONS)[number];

export type ScanEvent =
  | { kind: 'section-start'; section: CorpusSection; line: number }
  | { kind: 'section-end'; section: CorpusSection; line: number }
  | { kind: 'entry'; section: CorpusSection; line: number; json: string | null; chars: number }
  /** A top-level member that is not one of the arrays (`schemaVersion`, or a key we do not know). */
  | { kind: 'value'; key: string; line: number; json: string | null; chars: number };

enum S {
  Start,
  KeyOrClose,
  KeyNext,
  Key,
  Colon,
  Value,
  ArrayFirst,
  ArrayNext,
  AfterEntry,
  AfterValue,
  Done,
  Capture,
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const SECTION_SET: ReadonlySet<string> = new Set(CORPUS_SECTIONS);

export class CorpusJsonScanner {
  private state = S.Start;
  /** 1-based line of the character being read. */
  private line = 1;
  private key = '';
  private keyEscape = false;
  private section: CorpusSection | null = null;
  private readonly seenKeys = new Set<string>();
  // The value being captured (an array entry, or another top-level member).
  private captureKind: 'container' | 'string' | 'scalar' = 'scalar';
  private captureLine = 0;
  private depth = 0;
  private inString = false;
  private escape = false;
  private parts: string[] = [];
  private chars = 0;
  private overflow = false;

  constructor(private readonly maxChars: number) {}

  /** Reads one more piece of the file; returns an error (naming its line) or `null`. */
  push(text: string, out: ScanEvent[]): string | null {
    let start = -1; // where the capture began in this piece
    if (this.state === S.Capture) start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case S.Capture: {
          const end = this.captureStep(c);
          if (end === 'more') break;
          // 'included': the character closes the value; 'before': it follows the value.
          const stop = end === 'included' ? i + 1 : i;
          this.keep(text, start, stop);
          this.finishCapture(out);
          if (end === 'before') i--;
          continue;
        }
        case S.Start:
          if (isSpace(c) || c === 0xfeff) break;
          if (c !== 0x7b) return this.error('the file does not start with a JSON object ("{")');
          this.state = S.KeyOrClose;
          break;
        case S.KeyOrClose:
        case S.KeyNext:
          if (isSpace(c)) break;
          if (c === 0x22) {
            this.key = '';
            this.keyEscape = false;
            this.state = S.Key;
          } else if (c === 0x7d && this.state === S.KeyOrClose) {
            this.state = S.Done;
          } else {
            return this.error('expected a member name in double quotes');
          }
          break;
        case S.Key:
          if (this.keyEscape) this.keyEscape = false;
          else if (c === 0x5c) this.keyEscape = true;
          else if (c === 0x22) {
            this.state = S.Colon;
            break;
          }
          this.key += text[i];
          if (this.key.length > 200) return this.error('a member name over 200 characters');
          break;
        case S.Colon:
          if (isSpace(c)) break;
          if (c !== 0x3a) return this.error(`expected ":" after "${this.key}"`);
          if (this.seenKeys.has(this.key)) return this.error(`"${this.key}" appears twice`);
          this.seenKeys.add(this.key);
          this.state = S.Value;
          break;
        case S.Value:
          if (isSpace(c)) break;
          if (SECTION_SET.has(this.key)) {
            if (c !== 0x5b) return this.error(`"${this.key}" must be an array`);
            this.section = this.key as CorpusSection;
            out.push({ kind: 'section-start', section: this.section, line: this.line });
            this.state = S.ArrayFirst;
            break;
          }
          this.section = null;
          start = this.beginCapture(c, i);
          break;
        case S.ArrayFirst:
        case S.ArrayNext:
          if (isSpace(c)) break;
          if (c === 0x5d) {
            if (this.state === S.ArrayNext) return this.error('a comma before "]"');
            this.endSection(out);
            break;
          }
          start = this.beginCapture(c, i);
          break;
        case S.AfterEntry:
          if (isSpace(c)) break;
          if (c === 0x2c) this.state = S.ArrayNext;
          else if (c === 0x5d) this.endSection(out);
          else return this.error(`expected "," or "]" in "${this.section}"`);
          break;
        case S.AfterValue:
          if (isSpace(c)) break;
          if (c === 0x2c) this.state = S.KeyNext;
          else if (c === 0x7d) this.state = S.Done;
          else return this.error('expected "," or "}" after a member');
          break;
        case S.Done:
          if (isSpace(c)) break;
          return this.error('text after the end of the corpus object');
      }
      if (c === 0x0a) this.line++;
    }
    if (this.state === S.Capture) this.keep(text, start, text.length);
    return null;
  }

  /** Says whether the file ended where it may; returns an error or `null`. */
  end(out: ScanEvent[]): string | null {
    if (this.state === S.Capture && this.captureKind === 'scalar') {
      this.finishCapture(out);
    }
    if (this.state === S.Done) return null;
    if (this.state === S.Start) return 'the file holds no JSON object';
    return this.error('the file ends before the corpus object closes (is it cut short?)');
  }

  private error(what: string): string {
    return `line ${this.line}: ${what}`;
  }

  private endSection(out: ScanEvent[]): void {
    out.push({ kind: 'section-end', section: this.section!, line: this.line });
    this.section = null;
    this.state = S.AfterValue;
  }

  private beginCapture(c: number, i: number): number {
    this.captureKind = c === 0x7b || c === 0x5b ? 'container' : c === 0x22 ? 'string' : 'scalar';
    this.captureLine = this.line;
    // The opening character is read here: it opens one level, or a string.
    this.depth = this.captureKind === 'container' ? 1 : 0;
    this.inString = this.captureKind === 'string';
    this.escape = false;
    this.parts = [];
    this.chars = 0;
    this.overflow = false;
    this.state = S.Capture;
    return i;
  }

  /** One character of the value being captured: does the value go on, end with it, or end before it? */
  private captureStep(c: number): 'more' | 'included' | 'before' {
    if (this.captureKind === 'scalar') {
      return isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d ? 'before' : 'more';
    }
    if (this.inString) {
      if (this.escape) this.escape = false;
      else if (c === 0x5c) this.escape = true;
      else if (c === 0x22) {
        this.inString = false;
        if (this.captureKind === 'string') return 'included';
      }
      return 'more';
    }
    if (c === 0x22) this.inString = true;
    else if (c === 0x7b || c === 0x5b) this.depth++;
    else if (c === 0x7d || c === 0x5d) {
      this.depth--;
      if (this.depth === 0) return 'included';
    }
    return 'more';
  }

  private keep(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.chars += to - from;
    if (this.overflow) return;
    if (this.chars > this.maxChars) {
      this.overflow = true;
      this.parts = [];
      return;
    }
    this.parts.push(text.slice(from, to));
  }

  private finishCapture(out: ScanEvent[]): void {
    const json = this.overflow ? null : this.parts.join('');
    this.parts = [];
    if (this.section) {
      out.push({
        kind: 'entry',
        section: this.section,
        line: this.captureLine,
        json,
        chars: this.chars,
      });
      this.state = S.AfterEntry;
    } else {
      out.push({ kind: 'value', key: this.key, line: this.captureLine, json, chars: this.chars });
      this.state = S.AfterValue;
    }
  }
}
