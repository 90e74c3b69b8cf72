// A queue of interface-typed work items with different classes behind them.
interface Work {
  cost(): number;
  run(state: number[]): void;
}
class Add implements Work {
  constructor(private idx: number, private v: number) {}
  cost(): number {
    return 1;
  }
  run(state: number[]): void {
    state[this.idx] += this.v;
  }
}
class Swap implements Work {
  constructor(private a: number, private b: number) {}
  cost(): number {
    return 2;
  }
  run(state: number[]): void {
    const t = state[this.a];
    state[this.a] = state[this.b];
    state[this.b] = t;
  }
}
class Repeat implements Work {
  constructor(private inner: Work, private times: number) {}
  cost(): number {
    return this.inner.cost() * this.times;
  }
  run(state: number[]): void {
    for (let i = 0; i < this.times; i++) this.inner.run(state);
  }
}
const state = [0, 0, 0, 0];
const queue: Work[] = [new Add(0, 5), new Swap(0, 3), new Repeat(new Add(1, 2), 4), new Repeat(new Swap(1, 2), 3), new Add(3, -1)];
let spent = 0;
for (const w of queue) {
  w.run(state);
  spent += w.cost();
  console.log(state.join(" "), spent);
}
console.log(queue[2] instanceof Repeat, queue[0] instanceof Swap);
