// ?? only falls back on null and undefined, unlike ||.
class Box {
  constructor(public value: number) {}
}
function pick(b: Box | null): number {
  return b?.value ?? -1;
}
function opt(x?: number): number {
  return x ?? 100;
}
console.log(pick(null), pick(new Box(0)), pick(new Box(NaN)), pick(new Box(7)));
console.log(opt(), opt(0), opt(-0), opt(NaN), opt(5));
let evaluated = 0;
function rhs(): number {
  evaluated++;
  return 42;
}
const zero = 0;
console.log(zero ?? rhs(), evaluated);
console.log(zero || rhs(), evaluated);
const nb: Box | null = null;
console.log((nb ?? new Box(9)).value);
const s: string | null = null;
const t: string | null = "";
console.log(s ?? "fallback", t ?? "fallback", "[" + (t || "or-fallback") + "]");
