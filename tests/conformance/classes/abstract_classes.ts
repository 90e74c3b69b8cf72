// Abstract classes with abstract methods, concrete template methods and constructor parameters.
abstract class Device {
  private ops = 0;
  constructor(public readonly id: number) {}
  abstract read(addr: number): number;
  abstract write(addr: number, v: number): void;
  abstract get kind(): string;
  copy(from: number, to: number, n: number): number {
    for (let i = 0; i < n; i++) {
      this.write(to + i, this.read(from + i));
      this.ops += 2;
    }
    return this.ops;
  }
  summary(): string {
    return this.kind + "#" + this.id + " ops=" + this.ops;
  }
}
class Ram extends Device {
  private cells: number[] = [];
  constructor(id: number, size: number) {
    super(id);
    for (let i = 0; i < size; i++) this.cells.push(i * 3);
  }
  read(addr: number): number {
    return this.cells[addr];
  }
  write(addr: number, v: number): void {
    this.cells[addr] = v;
  }
  get kind(): string {
    return "ram";
  }
  dump(): string {
    return this.cells.join(",");
  }
}
class Rom extends Device {
  read(addr: number): number {
    return (addr * 7) & 0xff;
  }
  write(addr: number, v: number): void {}
  get kind(): string {
    return "rom";
  }
}
const ram = new Ram(1, 8);
const rom = new Rom(2);
const devs: Device[] = [ram, rom];
for (const d of devs) console.log(d.copy(0, 4, 3), d.summary(), d.read(5));
console.log(ram.dump());
