class Temp {
  constructor(public c: number) {}
  toString(): string { return `${this.c}C`; }
}
class Plain { x = 1; }
class Sub extends Temp {}
class MyErr extends Error { constructor(m: string) { super(m); this.name = "MyErr"; } }
const t = new Temp(21);
console.log(`${t}`, "now " + t, String(t), [t, new Sub(3)].join("/"), t.toString());
console.log(`${new Plain()}`, new Plain().toString(), String(new Plain()));
const e = new TypeError("bad type");
console.log(`${e}`, e.toString(), String(new MyErr("oops")), [e].join());
const u: Temp | undefined = Math.random() > 2 ? undefined : t;
console.log(`${u}`, `${new Uint8Array([1, 2])}`, String(new Float64Array([0.5, -0])));
const vals: (Temp | number)[] = [t, 4];
console.log(vals.join(" & "));
try { throw new RangeError("r"); } catch (err) { console.log(`${err}`, String(err)); }
