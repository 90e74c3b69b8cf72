// Closures capturing parameters, including parameters reassigned after capture.
function make(x: number, y: number): () => string {
  const f = () => x + "," + y;
  x = x * 2;
  return f;
}
console.log(make(1, 2)(), make(-0.5, 0)());
function counterFrom(n: number): () => number {
  return () => n--;
}
const c = counterFrom(3);
console.log(c(), c(), c(), c());
function withDefault(a: number, get: () => number = () => a * 100): number {
  a = 7;
  return get();
}
console.log(withDefault(1), withDefault(1, () => -1));
function setterPair(v: number): (() => number)[] {
  return [() => v, () => (v = v + 1)];
}
const sp = setterPair(10);
sp[1]();
sp[1]();
console.log(sp[0]());
