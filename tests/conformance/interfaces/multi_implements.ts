// A class implementing two interfaces is usable through each of them.
interface Reader {
  read(): number;
}
interface Writer {
  write(v: number): void;
}
class Pipe implements Reader, Writer {
  private buf: number[] = [];
  private rd = 0;
  write(v: number): void {
    this.buf.push(v);
  }
  read(): number {
    if (this.rd >= this.buf.length) return -1;
    return this.buf[this.rd++];
  }
}
class Counter implements Reader {
  private n = 0;
  read(): number {
    return this.n++;
  }
}
function pump(r: Reader, w: Writer, n: number): number {
  let moved = 0;
  for (let i = 0; i < n; i++) {
    const v = r.read();
    if (v < 0) break;
    w.write(v * 10);
    moved++;
  }
  return moved;
}
const p1 = new Pipe();
const p2 = new Pipe();
console.log(pump(new Counter(), p1, 5));
console.log(pump(p1, p2, 10));
const readers: Reader[] = [p2, new Counter(), p1];
let line = "";
for (let i = 0; i < 6; i++) for (const r of readers) line = line + r.read() + " ";
console.log(line);
