// A byte ring buffer over a Uint8Array with u32 head/tail counters that wrap past 2^32.
class Ring {
  private buf: Uint8Array;
  private head: u32;
  private tail: u32;
  constructor(private capacity: number, start: u32) {
    this.buf = new Uint8Array(capacity);
    this.head = start;
    this.tail = start;
  }
  used(): number {
    return (this.head - this.tail) >>> 0;
  }
  free(): number {
    return this.capacity - this.used();
  }
  write(src: Uint8Array): number {
    let n = 0;
    while (n < src.length && this.free() > 0) {
      this.buf[this.head % this.capacity] = src[n++];
      this.head = (this.head + 1) >>> 0;
    }
    return n;
  }
  read(dst: Uint8Array): number {
    let n = 0;
    while (n < dst.length && this.used() > 0) {
      dst[n++] = this.buf[this.tail % this.capacity];
      this.tail = (this.tail + 1) >>> 0;
    }
    return n;
  }
  state(): string {
    return "head=" + this.head + " tail=" + this.tail + " used=" + this.used();
  }
}
const r = new Ring(8, 0xfffffffa);
const chunk = new Uint8Array(5);
const out = new Uint8Array(3);
let next = 1;
let checksum = 0;
for (let round = 0; round < 6; round++) {
  for (let i = 0; i < chunk.length; i++) chunk[i] = next++ & 0xff;
  const w = r.write(chunk);
  const n = r.read(out);
  let got = "";
  for (let i = 0; i < n; i++) {
    got = got + out[i] + " ";
    checksum = (checksum * 31 + out[i]) >>> 0;
  }
  console.log(round, "wrote", w, "read", n, got, r.state());
}
const drain = new Uint8Array(16);
console.log(r.read(drain), r.state(), checksum);
