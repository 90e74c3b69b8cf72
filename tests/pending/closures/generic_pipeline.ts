// Closures composed generically: a pipeline builder capturing stages, with lazy evaluation counts.
class Pipeline<T> {
  constructor(private stages: ((x: T) => T)[] = []) {}
  then(f: (x: T) => T): Pipeline<T> {
    return new Pipeline([...this.stages, f]);
  }
  run(x: T): T {
    return this.stages.reduce((acc, f) => f(acc), x);
  }
}
let evaluations = 0;
const count = <T>(f: (x: T) => T) => (x: T) => {
  evaluations++;
  return f(x);
};
const base = new Pipeline<number>().then(count((x) => x + 1));
const doubled = base.then(count((x) => x * 2));
const tripled = base.then(count((x) => x * 3));
console.log(base.run(1), doubled.run(1), tripled.run(1), evaluations);
const text = new Pipeline<string>().then((s) => s.trim()).then((s) => s.toUpperCase()).then((s) => `[${s}]`);
console.log(text.run("  hi there "));
