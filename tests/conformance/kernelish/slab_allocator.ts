// A fixed-size block allocator over one ArrayBuffer: free list threaded through the blocks themselves.
class Slab {
  private mem: Uint32Array;
  private freeHead: number;
  private inUse = 0;
  constructor(readonly blockWords: number, readonly blocks: number) {
    this.mem = new Uint32Array(blockWords * blocks);
    for (let b = 0; b < blocks; b++) this.mem[b * blockWords] = b + 1 < blocks ? b + 1 : 0xffffffff;
    this.freeHead = 0;
  }
  alloc(): number {
    if (this.freeHead === 0xffffffff) return -1;
    const b = this.freeHead;
    this.freeHead = this.mem[b * this.blockWords];
    this.mem.fill(0, b * this.blockWords, (b + 1) * this.blockWords);
    this.inUse++;
    return b;
  }
  free(b: number): void {
    this.mem[b * this.blockWords] = this.freeHead;
    this.freeHead = b;
    this.inUse--;
  }
  view(b: number): Uint32Array {
    return this.mem.subarray(b * this.blockWords, (b + 1) * this.blockWords);
  }
  stats(): string {
    let free = 0;
    for (let b = this.freeHead; b !== 0xffffffff; b = this.mem[b * this.blockWords]) free++;
    return "inUse=" + this.inUse + " free=" + free + " head=" + (this.freeHead === 0xffffffff ? "none" : this.freeHead);
  }
}
const slab = new Slab(4, 6);
const got: number[] = [];
for (let i = 0; i < 8; i++) got.push(slab.alloc());
console.log(got.join(" "), slab.stats());
slab.free(2);
slab.free(4);
slab.free(0);
console.log(slab.stats());
const a = slab.alloc();
const v = slab.view(a);
v[1] = 0xdeadbeef;
v[3] = -1;
console.log(a, v[0], v[1], v[3], v.length, slab.stats());
console.log(slab.alloc(), slab.alloc(), slab.alloc(), slab.stats());
