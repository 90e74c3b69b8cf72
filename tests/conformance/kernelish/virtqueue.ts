// A split virtqueue (VIRTIO 1.1 section 2.6): descriptor table, available and used rings in one buffer.
const QSIZE = 8;
const DESC = 0;
const AVAIL = QSIZE * 16;
const USED = AVAIL + 4 + QSIZE * 2 + 2;
const mem = new ArrayBuffer(USED + 4 + QSIZE * 8 + 2);
const dv = new DataView(mem);
const F_NEXT = 1;
const F_WRITE = 2;
let freeHead = 0;
for (let i = 0; i < QSIZE; i++) dv.setUint16(DESC + i * 16 + 14, i + 1, true);
function addChain(bufs: number[], lens: number[], writable: boolean[]): number {
  const head = freeHead;
  let d = head;
  for (let i = 0; i < bufs.length; i++) {
    const off = DESC + d * 16;
    dv.setUint32(off, bufs[i], true);
    dv.setUint32(off + 4, 0, true);
    dv.setUint32(off + 8, lens[i], true);
    const last = i === bufs.length - 1;
    dv.setUint16(off + 12, (last ? 0 : F_NEXT) | (writable[i] ? F_WRITE : 0), true);
    if (!last) d = dv.getUint16(off + 14, true);
  }
  freeHead = dv.getUint16(DESC + d * 16 + 14, true);
  const idx = dv.getUint16(AVAIL + 2, true);
  dv.setUint16(AVAIL + 4 + (idx % QSIZE) * 2, head, true);
  dv.setUint16(AVAIL + 2, (idx + 1) & 0xffff, true);
  return head;
}
let lastSeenAvail = 0;
function deviceProcess(): number {
  let n = 0;
  while (lastSeenAvail !== dv.getUint16(AVAIL + 2, true)) {
    const head = dv.getUint16(AVAIL + 4 + (lastSeenAvail % QSIZE) * 2, true);
    let d = head;
    let total = 0;
    while (true) {
      const off = DESC + d * 16;
      const flags = dv.getUint16(off + 12, true);
      if (flags & F_WRITE) total += dv.getUint32(off + 8, true);
      if (!(flags & F_NEXT)) break;
      d = dv.getUint16(off + 14, true);
    }
    const uidx = dv.getUint16(USED + 2, true);
    dv.setUint32(USED + 4 + (uidx % QSIZE) * 8, head, true);
    dv.setUint32(USED + 8 + (uidx % QSIZE) * 8, total, true);
    dv.setUint16(USED + 2, (uidx + 1) & 0xffff, true);
    lastSeenAvail = (lastSeenAvail + 1) & 0xffff;
    n++;
  }
  return n;
}
const h1 = addChain([0x1000, 0x2000], [16, 512], [false, true]);
const h2 = addChain([0x3000, 0x4000, 0x5000], [16, 100, 1], [false, true, true]);
console.log(h1, h2, freeHead, dv.getUint16(AVAIL + 2, true));
console.log(deviceProcess(), dv.getUint16(USED + 2, true));
for (let i = 0; i < 2; i++) console.log("used", dv.getUint32(USED + 4 + i * 8, true), dv.getUint32(USED + 8 + i * 8, true));
const h3 = addChain([0x6000], [64], [true]);
console.log(h3, deviceProcess(), dv.getUint32(USED + 4 + 2 * 8, true), dv.getUint32(USED + 8 + 2 * 8, true));
const bytes = new Uint8Array(mem, AVAIL, 12);
let hex = "";
for (let i = 0; i < bytes.length; i++) hex = hex + bytes[i] + " ";
console.log(hex);
