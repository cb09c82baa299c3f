// The sim bench's baseline: the barest M/M/1 event loop we can write in JavaScript, with the
// same building blocks as a real engine (a binary heap in typed arrays ordered by time and
// insertion, xoshiro128** random numbers, a FIFO queue) and nothing else: no statistics beyond
// the mean wait, no model, no recording. Events per second here bound what any engine can reach.

function xoshiro128ss(seed) {
  let [a, b, c, d] = [seed | 0, 0x9e3779b9, 0x243f6a88, 0xb7e15162];
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return (result >>> 0) * 2.3283064365386963e-10;
  };
}
const rotl = (x, k) => (x << k) | (x >>> (32 - k));

/** Runs `cases` customers through an M/M/1 queue (λ = rho, μ = 1); returns events and mean wait. */
export function bareMM1(cases, rho = 0.8) {
  let times = new Float64Array(1024);
  let seqs = new Float64Array(1024);
  let args = new Int32Array(1024);
  let size = 0;
  let nextSeq = 0;
  const push = (time, arg) => {
    if (size === times.length) {
      const grow = (x) => {
        const y = new x.constructor(x.length * 2);
        y.set(x);
        return y;
      };
      [times, seqs, args] = [grow(times), grow(seqs), grow(args)];
    }
    const seq = nextSeq++;
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (times[p] < time || (times[p] === time && seqs[p] < seq)) break;
      times[i] = times[p];
      seqs[i] = seqs[p];
      args[i] = args[p];
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    args[i] = arg;
  };
  const pop = () => {
    const top = args[0];
    const last = --size;
    const [time, seq, arg] = [times[last], seqs[last], args[last]];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      if (c + 1 < last && (times[c + 1] < times[c] || (times[c + 1] === times[c] && seqs[c + 1] < seqs[c]))) c++;
      if (time < times[c] || (time === times[c] && seq < seqs[c])) break;
      times[i] = times[c];
      seqs[i] = seqs[c];
      args[i] = args[c];
      i = c;
    }
    times[i] = time;
    seqs[i] = seq;
    args[i] = arg;
    return top;
  };

  const arrivals = xoshiro128ss(1);
  const services = xoshiro128ss(2);
  const queue = new Float64Array(1 << 16); // ring buffer of arrival times (M/M/1 at ρ=.8 never queues 65,536)
  let [head, tail, busy, arrived, served, events, waitSum] = [0, 0, false, 1, 0, 0, 0];
  const ARRIVAL = -1;
  push(-Math.log(1 - arrivals()) / rho, ARRIVAL);
  while (size > 0) {
    const t = times[0];
    const what = pop();
    events++;
    if (what === ARRIVAL) {
      if (arrived < cases) {
        push(t - Math.log(1 - arrivals()) / rho, ARRIVAL);
        arrived++;
      }
      if (busy) queue[tail++ & 0xffff] = t;
      else {
        busy = true;
        served++;
        push(t - Math.log(1 - services()), 0);
      }
    } else if (tail > head) {
      waitSum += t - queue[head++ & 0xffff];
      served++;
      push(t - Math.log(1 - services()), 0);
    } else busy = false;
  }
  return { events, meanWait: waitSum / served };
}
