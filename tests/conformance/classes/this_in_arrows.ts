// Arrow functions created in methods capture `this`; callbacks stored on objects keep their owner.
class Counter {
  count = 0;
  handlers: (() => void)[] = [];
  constructor(public name: string) {
    this.handlers.push(() => {
      this.count++;
    });
    this.handlers.push(() => {
      this.count += 10;
    });
  }
  fire(): void {
    for (const h of this.handlers) h();
  }
  makeReporter(): () => string {
    return () => this.name + "=" + this.count;
  }
}
const a = new Counter("a");
const b = new Counter("b");
const ra = a.makeReporter();
const rb = b.makeReporter();
a.fire();
a.fire();
b.fire();
console.log(ra(), rb());
b.handlers.push(a.handlers[0]);
b.fire();
console.log(ra(), rb());
class Timer {
  ticks = 0;
  start(run: (tick: () => void) => void): number {
    run(() => {
      this.ticks++;
    });
    return this.ticks;
  }
}
const t = new Timer();
console.log(t.start((tick) => {
  for (let i = 0; i < 5; i++) tick();
}));
