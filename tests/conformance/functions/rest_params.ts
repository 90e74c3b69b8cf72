function sum(...xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
function label(prefix: string, ...parts: string[]): string {
  return prefix + ":" + parts.join(",") + "/" + parts.length;
}
class Logger {
  lines: string[] = [];
  log(level: number, ...msgs: string[]): void {
    this.lines.push(`${level} ${msgs.join(" ")}`);
  }
  constructor(...initial: string[]) {
    for (const m of initial) this.lines.push(m);
  }
}
const arr = [4, 5, 6];
console.log(sum(), sum(1), sum(1, 2, 3), sum(...arr), sum(1, ...arr, 10));
console.log(label("a"), label("b", "x"), label("c", "x", "y"));
const l = new Logger("start", "go");
l.log(1, "hello", "world");
l.log(2);
console.log(l.lines.join("|"));
const f = (...ns: number[]): number => ns.length;
console.log(f(), f(1, 2), f(...arr, ...arr));
function apply(g: (...ns: number[]) => number, ...ns: number[]): number { return g(...ns); }
console.log(apply(sum, 1, 2, 3), apply(f));
let order = "";
function t(n: number): number { order += n; return n; }
console.log(sum(t(1), t(2), t(3)), order);
interface Fmt { fmt(...xs: number[]): string }
const impl: Fmt = { fmt: (...xs: number[]): string => xs.map((x) => x * 2).join("-") };
console.log(impl.fmt(1, 2, 3));
function first<T>(...xs: T[]): T | undefined { return xs.length > 0 ? xs[0] : undefined; }
console.log(first("q", "r"), first<number>());
const s = new Set<number>([1, 2]);
console.log(sum(...s));
console.log(Math.max(...arr), Math.min(...arr, 0));
