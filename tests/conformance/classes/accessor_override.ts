// Getters overridden in subclasses and reached via super.
class Sensor {
  constructor(protected raw: number) {}
  get value(): number {
    return this.raw;
  }
  get unit(): string {
    return "raw";
  }
  show(): string {
    return this.value + " " + this.unit;
  }
}
class Scaled extends Sensor {
  constructor(raw: number, private factor: number) {
    super(raw);
  }
  get value(): number {
    return super.value * this.factor;
  }
  get unit(): string {
    return "scaled(" + super.unit + ")";
  }
}
class Offset extends Scaled {
  get value(): number {
    return super.value + 0.5;
  }
}
const ss: Sensor[] = [new Sensor(10), new Scaled(10, 0.1), new Offset(3, 3)];
for (const s of ss) console.log(s.show(), s.value);
