// A page-frame bitmap in u32 words: set/clear/test, first-fit search for runs of free bits.
class Bitmap {
  readonly words: Uint32Array;
  constructor(readonly bits: number) {
    this.words = new Uint32Array((bits + 31) >>> 5);
  }
  set(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }
  clear(i: number): void {
    this.words[i >>> 5] &= ~(1 << (i & 31));
  }
  test(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }
  findRun(len: number): number {
    let run = 0;
    for (let i = 0; i < this.bits; i++) {
      if (this.test(i)) run = 0;
      else if (++run === len) return i - len + 1;
    }
    return -1;
  }
  firstFreeFast(): number {
    for (let w = 0; w < this.words.length; w++) {
      const inv = ~this.words[w] >>> 0;
      if (inv !== 0) {
        const bit = 31 - Math.clz32(inv & -inv);
        const idx = (w << 5) + bit;
        return idx < this.bits ? idx : -1;
      }
    }
    return -1;
  }
  count(): number {
    let c = 0;
    for (let i = 0; i < this.bits; i++) if (this.test(i)) c++;
    return c;
  }
}
const bm = new Bitmap(100);
for (let i = 0; i < 40; i++) bm.set(i);
bm.clear(5);
bm.clear(6);
bm.set(31);
bm.set(32);
console.log(bm.words[0], bm.words[1], bm.words[2], bm.words[3]);
console.log(bm.test(5), bm.test(31), bm.test(99), bm.count());
console.log(bm.firstFreeFast(), bm.findRun(2), bm.findRun(3), bm.findRun(61), bm.findRun(60));
for (let i = 0; i < 100; i++) bm.set(i);
console.log(bm.firstFreeFast(), bm.findRun(1), bm.words[3].toString(2));
bm.clear(99);
console.log(bm.firstFreeFast(), bm.words[3] >>> 0);
