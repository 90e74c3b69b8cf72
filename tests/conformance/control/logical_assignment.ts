// ??=, ||= and &&= assign only when needed, and short-circuit the right-hand side.
let calls = 0;
function rhs(v: number): number {
  calls++;
  return v;
}
let a: number | null = null;
a ??= rhs(1);
a ??= rhs(2);
console.log(a, calls);
let b = 0;
b ||= rhs(3);
b ||= rhs(4);
console.log(b, calls);
let c = 5;
c &&= rhs(6);
let d = 0;
d &&= rhs(7);
console.log(c, d, calls);
class Cfg {
  name?: string;
  retries = 0;
}
const cfg = new Cfg();
cfg.name ??= "default";
cfg.name ??= "ignored";
cfg.retries ||= 3;
console.log(cfg.name, cfg.retries);
const cache: (string | undefined)[] = [undefined, "x"];
cache[0] ??= "filled";
cache[1] ??= "not used";
console.log(cache.join(","));
