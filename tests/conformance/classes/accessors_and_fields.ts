// Getter-only properties, setters with validation throwing, and readonly arrays in classes.
class Temperature {
  #c = 0;
  get c(): number {
    return this.#c;
  }
  set c(v: number) {
    if (!Number.isFinite(v)) throw new RangeError("not finite: " + v);
    this.#c = Math.round(v * 10) / 10;
  }
  get f(): number {
    return (this.#c * 9) / 5 + 32;
  }
}
const t = new Temperature();
for (const v of [21.44, -40, NaN, 100.05, Infinity]) {
  try {
    t.c = v;
    console.log(v, t.c, t.f);
  } catch (e) {
    console.log(v, (e as Error).name, (e as Error).message, t.c);
  }
}
