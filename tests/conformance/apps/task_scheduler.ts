// A discrete-event task scheduler: simulated clock, priorities, periodic tasks, cancellation, callbacks.
type TaskFn = (s: Scheduler, t: Task) => void;
class Task {
  runs = 0;
  cancelled = false;
  constructor(public id: number, public name: string, public at: number, public prio: number, public period: number, public fn: TaskFn) {}
}
class Scheduler {
  now = 0;
  private nextId = 1;
  private seq = 0;
  private heap: [Task, number][] = [];
  readonly log: string[] = [];
  private less(a: [Task, number], b: [Task, number]): boolean {
    if (a[0].at !== b[0].at) return a[0].at < b[0].at;
    if (a[0].prio !== b[0].prio) return a[0].prio > b[0].prio;
    return a[1] < b[1];
  }
  private push(t: Task): void {
    const h = this.heap;
    h.push([t, this.seq++]);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  private pop(): Task | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0][0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
  schedule(name: string, delay: number, fn: TaskFn, opts: { prio?: number; period?: number } = {}): Task {
    const t = new Task(this.nextId++, name, this.now + delay, opts.prio ?? 0, opts.period ?? 0, fn);
    this.push(t);
    return t;
  }
  run(until: number): number {
    let executed = 0;
    for (let t = this.pop(); t !== undefined; t = this.pop()) {
      if (t.at > until) {
        this.push(t);
        break;
      }
      if (t.cancelled) {
        this.log.push(`${t.at}: skip ${t.name}#${t.id}`);
        continue;
      }
      this.now = t.at;
      t.runs++;
      executed++;
      this.log.push(`${this.now}: run ${t.name}#${t.id} (prio ${t.prio}, run ${t.runs})`);
      t.fn(this, t);
      if (t.period > 0 && !t.cancelled) {
        t.at = this.now + t.period;
        this.push(t);
      }
    }
    this.now = until;
    return executed;
  }
}
const s = new Scheduler();
let heartbeats = 0;
const hb = s.schedule("heartbeat", 0, () => heartbeats++, { period: 10 });
s.schedule("low", 5, () => {}, { prio: -1 });
s.schedule("high", 5, () => {}, { prio: 5 });
s.schedule("mid", 5, () => {}, { prio: 1 });
const doomed = s.schedule("doomed", 15, () => {});
s.schedule("spawner", 12, (sch) => {
  sch.schedule("child-a", 0, () => {});
  sch.schedule("child-b", 3, (sch2, me) => sch2.log.push(`  child-b sees now=${sch2.now} id=${me.id}`));
  doomed.cancelled = true;
});
s.schedule("stopper", 35, () => {
  hb.cancelled = true;
});
let retries = 0;
s.schedule("flaky", 2, (sch, t) => {
  if (++retries < 3) sch.schedule("flaky-retry", retries * 4, () => {}, { prio: 2 });
  else t.period = 0;
}, { period: 7 });
console.log("executed", s.run(20), "now", s.now);
console.log("executed", s.run(60), "now", s.now);
console.log(s.log.join("\n"));
console.log("heartbeats", heartbeats, "retries", retries, "hb runs", hb.runs);
