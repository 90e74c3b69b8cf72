// An interrupt vector table of handler closures with shared/unshared lines and spurious counts.
type Handler = (vector: number) => boolean;
const table: Handler[][] = [];
for (let v = 0; v < 16; v++) table.push([]);
let spurious = 0;
const counts = new Uint32Array(16);
function register(v: number, h: Handler): void {
  table[v].push(h);
}
function dispatchIsr(v: number): void {
  let handled = false;
  for (const h of table[v]) if (h(v)) handled = true;
  if (!handled) spurious++;
}
let timerTicks = 0;
register(0, () => {
  timerTicks++;
  return true;
});
let kbdBuffer = "";
const scancodes = [0x23, 0x17, 0x39, 0x1e];
let scanIdx = 0;
register(1, () => {
  const map = "??????????????????????????????a?????hi???????????????????????? ";
  const sc = scancodes[scanIdx++ % scancodes.length];
  kbdBuffer = kbdBuffer + String.fromCharCode(map.charCodeAt(sc < map.length ? sc : 0));
  return true;
});
let netA = 0;
let netB = 0;
register(11, (v) => {
  netA += v;
  return netA % 2 === 1;
});
register(11, (v) => {
  netB++;
  return netB % 3 === 0;
});
const irqs = [0, 1, 0, 11, 1, 11, 7, 0, 1, 11, 11, 15, 1];
for (const v of irqs) {
  counts[v]++;
  dispatchIsr(v);
}
console.log(timerTicks, JSON_safe(kbdBuffer), netA, netB, spurious);
let line = "";
for (let i = 0; i < 16; i++) line = line + counts[i] + " ";
console.log(line);
function JSON_safe(s: string): string {
  return "'" + s + "'";
}
