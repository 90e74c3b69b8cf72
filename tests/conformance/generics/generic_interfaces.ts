// Generic interfaces implemented by generic and non-generic classes; a generic Result type.
interface Container<T> {
  get(i: number): T;
  put(x: T): void;
  count(): number;
}
class ArrayBox<T> implements Container<T> {
  private xs: T[] = [];
  get(i: number): T {
    return this.xs[i];
  }
  put(x: T): void {
    this.xs.push(x);
  }
  count(): number {
    return this.xs.length;
  }
}
class Doubles implements Container<number> {
  private data = new Float64Array(8);
  private n = 0;
  get(i: number): number {
    return this.data[i];
  }
  put(x: number): void {
    this.data[this.n++] = x * 2;
  }
  count(): number {
    return this.n;
  }
}
function fill<T>(c: Container<T>, xs: T[]): Container<T> {
  for (const x of xs) c.put(x);
  return c;
}
const boxes: Container<number>[] = [fill(new ArrayBox<number>(), [1, 2, 3]), fill(new Doubles(), [1, 2, 3])];
for (const b of boxes) console.log(b.count(), b.get(0), b.get(2));
const sbox = fill(new ArrayBox<string>(), ["a", "b"]);
console.log(sbox.get(1), sbox.count());
type Result<T> = { ok: true; value: T } | { ok: false; error: string };
function divide(a: number, b: number): Result<number> {
  return b === 0 ? { ok: false, error: "division by zero" } : { ok: true, value: a / b };
}
for (const [a, b] of [[1, 2], [1, 0]]) {
  const r = divide(a, b);
  console.log(r.ok ? "value " + r.value : "error " + r.error);
}
