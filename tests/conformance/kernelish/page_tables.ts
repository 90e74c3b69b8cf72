// x86-64 4-level paging index arithmetic on 48-bit addresses kept as doubles (Intel SDM vol. 3 4.5).
const PAGE = 4096;
function idx(addr: number, level: number): number {
  // level 4 = PML4 (bits 47:39), 3 = PDPT (38:30), 2 = PD (29:21), 1 = PT (20:12)
  const shift = 12 + 9 * (level - 1);
  return Math.floor(addr / 2 ** shift) % 512;
}
function canonical(addr: number): number {
  return addr >= 2 ** 47 ? addr - 2 ** 48 : addr;
}
function hex(n: number): string {
  return n < 0 ? "-0x" + (-n).toString(16) : "0x" + n.toString(16);
}
const addrs = [0, 0xb8000, 0x100000, 0x7fffffffffff, 0x800000000000, 0xffff800000000000 - 2 ** 64 + 2 ** 48,
  0xfffffffff000 , 123456789 * PAGE + 77];
for (const a of addrs) {
  console.log(hex(a), idx(a, 4), idx(a, 3), idx(a, 2), idx(a, 1), a % PAGE, hex(canonical(a)));
}
class Table {
  entries = new Float64Array(512);
}
const root = new Table();
const tables: Table[] = [root];
function map(virt: number, phys: number): number {
  let t = root;
  let created = 0;
  for (let level = 4; level > 1; level--) {
    const i = idx(virt, level);
    let e = t.entries[i];
    if (e === 0) {
      tables.push(new Table());
      e = tables.length * PAGE + 3;
      t.entries[i] = e;
      created++;
    }
    t = tables[Math.floor(e / PAGE) - 1];
  }
  t.entries[idx(virt, 1)] = phys + 3;
  return created;
}
function translate(virt: number): number {
  let t = root;
  for (let level = 4; level > 1; level--) {
    const e = t.entries[idx(virt, level)];
    if (e === 0) return -1;
    t = tables[Math.floor(e / PAGE) - 1];
  }
  const pte = t.entries[idx(virt, 1)];
  return pte === 0 ? -1 : pte - (pte % PAGE) + (virt % PAGE);
}
console.log(map(0x400000, 0x1000), map(0x401000, 0x2000), map(0x7fffffff0000, 0x3000), tables.length);
console.log(hex(translate(0x400123)), hex(translate(0x401fff)), hex(translate(0x7fffffff0abc)), translate(0x402000));
