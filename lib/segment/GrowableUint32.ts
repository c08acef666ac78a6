/** A growable array of 32-bit unsigned integers (amortised O(1) push, no per-item objects). */
export class GrowableUint32 {
  private buf: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.buf = new Uint32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = value;
  }

  get(i: number): number {
    return this.buf[i]!;
  }

  set(i: number, value: number): void {
    this.buf[i] = value;
  }

  /** A copy of the values, exactly `length` long. */
  toArray(): Uint32Array {
    return this.buf.slice(0, this.length);
  }
}
