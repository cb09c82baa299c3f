// Slots for live tokens and cases in growable typed arrays, reused through a free list, so memory
// follows the work in progress rather than the number of cases simulated.
export class SlotPool {
  private free = new Int32Array(64);
  private freeCount = 0;
  private used = 0;
  capacity = 64;

  /** A slot number; `grow` is called first when the pool must grow to `capacity` slots. */
  take(grow: (capacity: number) => void): number {
    if (this.freeCount > 0) return this.free[--this.freeCount]!;
    if (this.used === this.capacity) {
      this.capacity *= 2;
      grow(this.capacity);
    }
    return this.used++;
  }

  release(slot: number): void {
    if (this.freeCount === this.free.length) {
      const next = new Int32Array(this.free.length * 2);
      next.set(this.free);
      this.free = next;
    }
    this.free[this.freeCount++] = slot;
  }

  /** Slots taken and not released. */
  get live(): number {
    return this.used - this.freeCount;
  }
}

/** A copy of `array` with room for `size` items. */
export function resized<T extends Float64Array | Int32Array | Uint8Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}
