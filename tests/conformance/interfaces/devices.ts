// A device interface with several implementations, dispatched through an array of the interface type.
interface BlockDevice {
  readonly blockSize: number;
  readBlock(n: number, out: Uint8Array): number;
  writeBlock(n: number, data: Uint8Array): number;
  stats(): string;
}
class MemDisk implements BlockDevice {
  readonly blockSize = 16;
  private store: Uint8Array;
  private reads = 0;
  private writes = 0;
  constructor(blocks: number) {
    this.store = new Uint8Array(blocks * this.blockSize);
  }
  readBlock(n: number, out: Uint8Array): number {
    out.set(this.store.subarray(n * this.blockSize, (n + 1) * this.blockSize));
    this.reads++;
    return this.blockSize;
  }
  writeBlock(n: number, data: Uint8Array): number {
    this.store.set(data.subarray(0, this.blockSize), n * this.blockSize);
    this.writes++;
    return this.blockSize;
  }
  stats(): string {
    return "mem r=" + this.reads + " w=" + this.writes;
  }
}
class ZeroDisk implements BlockDevice {
  readonly blockSize = 16;
  readBlock(n: number, out: Uint8Array): number {
    out.fill(0);
    return this.blockSize;
  }
  writeBlock(n: number, data: Uint8Array): number {
    return 0;
  }
  stats(): string {
    return "zero";
  }
}
class PatternDisk implements BlockDevice {
  readonly blockSize = 16;
  constructor(private seed: number) {}
  readBlock(n: number, out: Uint8Array): number {
    for (let i = 0; i < out.length; i++) out[i] = (n * 31 + i * this.seed) & 0xff;
    return out.length;
  }
  writeBlock(n: number, data: Uint8Array): number {
    this.seed = (this.seed + data[0]) & 0xff;
    return data.length;
  }
  stats(): string {
    return "pattern seed=" + this.seed;
  }
}
const devs: BlockDevice[] = [new MemDisk(4), new ZeroDisk(), new PatternDisk(7)];
const buf = new Uint8Array(16);
for (let i = 0; i < 16; i++) buf[i] = i * 17;
for (const d of devs) {
  const w = d.writeBlock(2, buf);
  const tmp = new Uint8Array(16);
  const r = d.readBlock(2, tmp);
  let sum = 0;
  for (let i = 0; i < tmp.length; i++) sum += tmp[i];
  console.log(w, r, sum, tmp[15], d.stats());
}
