// The future event list: a binary min-heap in parallel typed arrays, ordered by (time, seq).
// `seq` grows with every push, so events at the same time leave in the order they were made
// (deterministic ties, FIFO). An event is one integer (`arg`) that the engine decodes.
export class EventHeap {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private args = new Int32Array(1024);
  private count = 0;
  private nextSeq = 0;

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event; only valid when size > 0. */
  peekTime(): number {
    return this.times[0]!;
  }

  push(time: number, arg: number): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.nextSeq++;
    const { times, seqs, args } = this;
    // Sift up: move parents down until the new event's place is found.
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && seqs[parent]! < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent]!;
      args[i] = args[parent]!;
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    args[i] = arg;
  }

  /** Removes the earliest event and returns its arg; only valid when size > 0. */
  pop(): number {
    const { times, seqs, args } = this;
    const top = args[0]!;
    const last = --this.count;
    if (last === 0) return top;
    const time = times[last]!;
    const seq = seqs[last]!;
    const arg = args[last]!;
    // Sift down from the root with the last event.
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      let ct = times[child]!;
      const right = child + 1;
      if (right < last) {
        const rt = times[right]!;
        if (rt < ct || (rt === ct && seqs[right]! < seqs[child]!)) {
          child = right;
          ct = rt;
        }
      }
      if (time < ct || (time === ct && seq < seqs[child]!)) break;
      times[i] = ct;
      seqs[i] = seqs[child]!;
      args[i] = args[child]!;
      i = child;
    }
    times[i] = time;
    seqs[i] = seq;
    args[i] = arg;
    return top;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    const seqs = new Float64Array(size);
    const args = new Int32Array(size);
    times.set(this.times);
    seqs.set(this.seqs);
    args.set(this.args);
    [this.times, this.seqs, this.args] = [times, seqs, args];
  }
}
