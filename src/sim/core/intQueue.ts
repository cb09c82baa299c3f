// A growable FIFO of integers (token ids waiting in a lane), as a ring buffer.
export class IntQueue {
  private items = new Int32Array(16);
  private head = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The first item; only valid when size > 0. */
  peek(): number {
    return this.items[this.head]!;
  }

  push(value: number): void {
    if (this.count === this.items.length) this.grow();
    this.items[(this.head + this.count) & (this.items.length - 1)] = value;
    this.count++;
  }

  shift(): number {
    const value = this.items[this.head]!;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.count--;
    return value;
  }

  private grow(): void {
    const next = new Int32Array(this.items.length * 2);
    for (let i = 0; i < this.count; i++) next[i] = this.items[(this.head + i) & (this.items.length - 1)]!;
    this.items = next;
    this.head = 0;
  }
}
