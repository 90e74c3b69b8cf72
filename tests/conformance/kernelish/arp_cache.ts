// An ARP cache keyed by IPv4 address (u32) with aging, stored in parallel typed arrays.
const N = 8;
const ips = new Uint32Array(N);
const macHi = new Uint16Array(N);
const macLo = new Uint32Array(N);
const age = new Int32Array(N);
const valid = new Uint8Array(N);
function macString(i: number): string {
  const parts: string[] = [];
  const bytes = [macHi[i] >>> 8, macHi[i] & 255, macLo[i] >>> 24, (macLo[i] >>> 16) & 255, (macLo[i] >>> 8) & 255, macLo[i] & 255];
  for (const b of bytes) parts.push((b < 16 ? "0" : "") + b.toString(16));
  return parts.join(":");
}
function insert(ip: u32, hi: number, lo: number, now: number): number {
  let slot = -1;
  let oldest = -1;
  for (let i = 0; i < N; i++) {
    if (valid[i] && ips[i] === ip) {
      slot = i;
      break;
    }
    if (!valid[i] && slot < 0) slot = i;
    if (valid[i] && (oldest < 0 || age[i] < age[oldest])) oldest = i;
  }
  if (slot < 0) slot = oldest;
  ips[slot] = ip;
  macHi[slot] = hi;
  macLo[slot] = lo;
  age[slot] = now;
  valid[slot] = 1;
  return slot;
}
function lookup(ip: u32): number {
  for (let i = 0; i < N; i++) if (valid[i] && ips[i] === ip) return i;
  return -1;
}
for (let t = 0; t < 12; t++) insert((0xc0a80000 + t * 3) >>> 0, 0x0200 + t, (0xdead0000 + t * 0x101) >>> 0, t);
insert(0xc0a80009, 0xffff, 0xffffffff, 100);
for (const ip of [0xc0a80000, 0xc0a80009, 0xc0a80018, 0xc0a80021, 0xc0a80063]) {
  const i = lookup(ip);
  console.log(ip.toString(16), i, i >= 0 ? macString(i) + " age=" + age[i] : "miss");
}
