// A hashed timer wheel: callbacks scheduled in slots, fired as the wheel turns.
class Timer {
  constructor(public expires: number, public name: string, public fn: (now: number) => void) {}
}
class Wheel {
  slots: Timer[][] = [];
  now = 0;
  fired = 0;
  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push([]);
  }
  schedule(delay: number, name: string, fn: (now: number) => void): void {
    const t = new Timer(this.now + delay, name, fn);
    this.slots[t.expires % this.size].push(t);
  }
  tick(): void {
    this.now++;
    const slot = this.slots[this.now % this.size];
    const keep: Timer[] = [];
    const due: Timer[] = [];
    for (const t of slot) {
      if (t.expires <= this.now) due.push(t);
      else keep.push(t);
    }
    this.slots[this.now % this.size] = keep;
    for (const t of due) {
      this.fired++;
      t.fn(this.now);
    }
  }
}
const w = new Wheel(8);
const log: string[] = [];
w.schedule(3, "a", (n) => log.push("a@" + n));
w.schedule(11, "b", (n) => log.push("b@" + n));
w.schedule(8, "c", (n) => log.push("c@" + n));
let periodicCount = 0;
function periodic(now: number): void {
  log.push("p@" + now);
  if (++periodicCount < 4) w.schedule(5, "p", periodic);
}
w.schedule(2, "p", periodic);
w.schedule(0 + 3, "a2", (n) => {
  log.push("a2@" + n);
  w.schedule(1, "chained", (m) => log.push("chained@" + m));
});
for (let i = 0; i < 25; i++) w.tick();
console.log(log.join(" "));
console.log(w.now, w.fired, periodicCount);
