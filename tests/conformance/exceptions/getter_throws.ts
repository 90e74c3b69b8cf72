// Exceptions thrown from getters, setters, toString and comparator callbacks all propagate normally.
class Guarded {
  #v = 0;
  get value(): number {
    if (this.#v < 0) throw new RangeError("negative state");
    return this.#v;
  }
  set value(v: number) {
    if (!Number.isInteger(v)) throw new TypeError("integer required, got " + v);
    this.#v = v;
  }
  toString(): string {
    if (this.#v === 13) throw new Error("unlucky");
    return "Guarded(" + this.#v + ")";
  }
}
const g = new Guarded();
const attempts: [string, () => string][] = [
  ["set 5", () => String((g.value = 5))],
  ["set 1.5", () => String((g.value = 1.5))],
  ["get", () => String(g.value)],
  ["set -1", () => String((g.value = -1))],
  ["get neg", () => String(g.value)],
  ["set 13", () => String((g.value = 13))],
  ["template", () => `${g}`],
  ["concat", () => "x" + g],
];
for (const [label, f] of attempts) {
  try {
    console.log(label, "->", f());
  } catch (e) {
    console.log(label, "threw", (e as Error).name, (e as Error).message);
  }
}
