/**
 * A segment's body (`BODY_SECTIONS`: the texts' codewords and the records) read on
 * demand, in chunks, from wherever it is kept (the reader's store). The segment is opened
 * from its head alone (everything before the body: header, index, offsets, flags); a check
 * reads only the chunks that hold its candidates' bytes. Each chunk is checked against the
 * checksum written with it before a byte of it is used, and once every chunk is in, the
 * body's sections are checked against the segment's own section checksums: a damaged or
 * missing chunk is refused with one message, never read as text.
 */

/** Where the body comes from. */
export interface BodySource {
  /** The body's byte offset in the segment: the head's length. */
  readonly offset: number;
  /** Bytes per chunk (the last may be shorter). */
  readonly chunkBytes: number;
  /** The checksum (`checksum32`) of each chunk, as written. */
  readonly checksums: readonly number[];
  /** Reads these chunks (ascending numbers); a chunk the store lacks is `null`. */
  read(chunks: readonly number[]): Promise<(ArrayBuffer | Uint8Array | null)[]>;
  /**
   * Told once, when the body turns out damaged. May return the segment's recovery under
   * way (the reader's store rebuilds it from what is intact and swaps it in): checks that
   * meet the damage wait for it, then run again.
   */
  onDamaged?(message: string): Promise<unknown> | undefined;
}

/**
 * A body that could not be read: the segment must leave the set, unless `recovery` (its
 * owner rebuilding it) is under way: then a check waits for that and runs again.
 */
export class BodyDamaged extends Error {
  constructor(
    message: string,
    readonly recovery: Promise<unknown> | null = null,
  ) {
    super(message);
  }
}

/**
 * Bytes of a body asked for before they were read: a gap in what a caller read ahead (never
 * decoded as data). A check that meets one reads its segments whole and runs again.
 */
export class NotRead extends Error {}

/** Where the index's posting records lie in the segment: `[at, at + length)`. */
export interface PostingsPlace {
  readonly at: number;
  readonly length: number;
  /** Given the postings' own buffer when its first chunk is read, and the whole's view at the end. */
  readonly attach: (bytes: Uint8Array) => void;
}

export class SegmentBody {
  private readonly loaded: Uint8Array;
  /**
   * Each chunk read, in its own buffer as the store gave it (no buffer of the whole
   * segment is made before every chunk is in: a head opens without copying it).
   */
  private parts: (Uint8Array | null)[];
  /** The posting records, copied out of their chunks as they come (a lookup reads them in place). */
  private postings: Uint8Array | null = null;
  /** The whole segment, put together once every chunk is in (and checked). */
  private assembled: Uint8Array | null = null;
  private missing: number;
  private failure: BodyDamaged | null = null;
  /** Chunks being read now, so that two checks never read one twice. */
  private readonly reading = new Map<number, Promise<void>>();

  constructor(
    /** The head: the segment's bytes before the body. */
    private readonly head: Uint8Array,
    /** The whole segment's length. */
    private readonly byteLength: number,
    private readonly source: BodySource,
    private readonly name: string,
    private readonly checksum: (bytes: Uint8Array) => number,
    /** Checks the whole segment once every chunk is in; why it fails, or `null`. */
    private readonly verifyWhole: (whole: Uint8Array) => string | null,
    private readonly postingsPlace: PostingsPlace,
  ) {
    this.loaded = new Uint8Array(source.checksums.length);
    this.parts = new Array<Uint8Array | null>(source.checksums.length).fill(null);
    this.missing = source.checksums.length;
  }

  /**
   * Bytes `[from, to)` of the segment (body bytes: texts, records): a view into the chunk
   * holding them, or a copy when they straddle two. Throws `NotRead` unless all are read.
   */
  bytes(from: number, to: number): Uint8Array {
    if (this.assembled) return this.assembled.subarray(from, to);
    if (to <= from) return new Uint8Array(0);
    if (to <= this.source.offset) return this.head.subarray(from, to);
    if (!this.has(from, to))
      throw new NotRead(`segment bytes ${from}-${to} used before they were read`);
    const { offset, chunkBytes } = this.source;
    const first = Math.floor((from - offset) / chunkBytes);
    const start = offset + first * chunkBytes;
    if (to <= start + chunkBytes) return this.parts[first]!.subarray(from - start, to - start);
    const out = new Uint8Array(to - from);
    for (let at = from; at < to; ) {
      const c = Math.floor((at - offset) / chunkBytes);
      const cStart = offset + c * chunkBytes;
      const end = Math.min(to, cStart + chunkBytes);
      out.set(this.parts[c]!.subarray(at - cStart, end - cStart), at - from);
      at = end;
    }
    return out;
  }

  /** The whole segment's bytes, once every chunk is in (else `NotRead`). */
  whole(): ArrayBuffer {
    if (!this.assembled) throw new NotRead('the segment is not all read');
    return this.assembled.buffer as ArrayBuffer;
  }

  get complete(): boolean {
    return this.missing === 0;
  }

  /** Whether bytes `[from, to)` of the segment are in memory (checked). */
  has(from: number, to: number): boolean {
    if (this.missing === 0 || to <= this.source.offset) return true;
    if (from >= to) return true;
    const { offset, chunkBytes } = this.source;
    const last = Math.floor((to - 1 - offset) / chunkBytes);
    for (let c = Math.max(0, Math.floor((from - offset) / chunkBytes)); c <= last; c++)
      if (!this.loaded[c]) return false;
    return true;
  }

  /** Reads the chunks holding these byte ranges (`[from, to, from, to, …]`) of the segment. */
  ensure(ranges: readonly number[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.missing === 0) return Promise.resolve();
    const { offset, chunkBytes } = this.source;
    const wanted = new Set<number>();
    for (let i = 0; i + 1 < ranges.length; i += 2) {
      const from = Math.max(ranges[i]!, offset);
      const to = ranges[i + 1]!;
      if (to <= from) continue;
      const last = Math.floor((to - 1 - offset) / chunkBytes);
      for (let c = Math.floor((from - offset) / chunkBytes); c <= last; c++)
        if (!this.loaded[c]) wanted.add(c);
    }
    return this.read([...wanted].sort((a, b) => a - b));
  }

  /** Reads every chunk not read yet. */
  loadAll(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return this.read(this.unread());
  }

  /**
   * Reads every chunk not read yet and keeps those that pass their checksum, leaving the
   * others unread (never decoded: a use of their bytes throws `NotRead`), without failing
   * the body: for rebuilding a damaged segment from what is intact. Returns why each chunk
   * left out was (one phrase a chunk, in order); empty when every chunk is in.
   */
  async loadIntact(): Promise<string[]> {
    const bad: string[] = [];
    await this.fetch(this.unread(), bad);
    return bad;
  }

  /** The chunks not read yet, ascending. */
  private unread(): number[] {
    const all: number[] = [];
    for (let c = 0; c < this.loaded.length; c++) if (!this.loaded[c]) all.push(c);
    return all;
  }

  private read(chunks: readonly number[]): Promise<void> {
    const waits: Promise<void>[] = [];
    const fresh: number[] = [];
    for (const c of chunks) {
      const pending = this.reading.get(c);
      if (pending) waits.push(pending);
      else if (!this.loaded[c]) fresh.push(c);
    }
    if (fresh.length > 0) {
      const run = this.fetch(fresh);
      for (const c of fresh) this.reading.set(c, run);
      waits.push(run);
      void run.then(
        () => this.forget(fresh),
        () => this.forget(fresh),
      );
    }
    return Promise.all(waits).then(() => undefined);
  }

  private forget(chunks: readonly number[]): void {
    for (const c of chunks) this.reading.delete(c);
  }

  /** Reads chunks; with `bad`, a chunk that fails is left out and said there instead. */
  private async fetch(chunks: readonly number[], bad?: string[]): Promise<void> {
    let got: (ArrayBuffer | Uint8Array | null)[];
    try {
      got = await this.source.read(chunks);
    } catch (e) {
      // The store could not be read (not damage): the next check tries again.
      throw new Error(`${this.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const { offset, chunkBytes, checksums } = this.source;
    const end = this.byteLength;
    for (const [i, c] of chunks.entries()) {
      if (this.failure) break;
      if (this.loaded[c]) continue;
      const raw = got[i];
      const bytes = raw instanceof Uint8Array ? raw : raw ? new Uint8Array(raw) : null;
      const from = offset + c * chunkBytes;
      const length = Math.min(chunkBytes, end - from);
      const why = !bytes
        ? `its part ${c + 1} is missing`
        : bytes.length !== length || this.checksum(bytes) !== checksums[c]
          ? `its part ${c + 1} fails its checksum`
          : null;
      if (why && bad) bad.push(why);
      else if (why) this.fail(`the quote store is damaged: ${why}`);
      else if (bytes) {
        this.parts[c] = bytes;
        this.copyPostings(bytes, from);
        this.loaded[c] = 1;
        this.missing--;
      }
    }
    if (!this.failure && this.missing === 0) {
      const whole = new Uint8Array(this.byteLength);
      whole.set(this.head);
      for (let c = 0; c < this.parts.length; c++)
        whole.set(this.parts[c]!, offset + c * chunkBytes);
      const why = this.verifyWhole(whole);
      if (why) this.fail(why);
      else {
        this.assembled = whole;
        this.parts = [];
        this.postings = null;
        const { at, length } = this.postingsPlace;
        this.postingsPlace.attach(whole.subarray(at, at + length));
      }
    }
    if (this.failure) throw this.failure;
  }

  /** Copies the posting records a chunk holds (starting at `from`) into the postings' buffer. */
  private copyPostings(bytes: Uint8Array, from: number): void {
    const { at, length, attach } = this.postingsPlace;
    const lo = Math.max(from, at);
    const hi = Math.min(from + bytes.length, at + length);
    if (hi <= lo) return;
    if (!this.postings) {
      this.postings = new Uint8Array(length);
      attach(this.postings);
    }
    this.postings.set(bytes.subarray(lo - from, hi - from), lo - at);
  }

  private fail(message: string): void {
    if (this.failure) return;
    const full = `${this.name}: ${message}`;
    this.failure = new BodyDamaged(full, this.source.onDamaged?.(full) ?? null);
    // Nothing of a damaged body is used again.
    this.loaded.fill(0);
    this.parts.fill(null);
    this.missing = this.loaded.length;
  }
}
