// Static fields and methods: shared counters, factories, static initialization order.
class Id {
  static next = 1;
  static readonly prefix: string = "id-";
  static issued: number[] = [];
  readonly value: number;
  constructor() {
    this.value = Id.next++;
    Id.issued.push(this.value);
  }
  static make(n: number): Id[] {
    const out: Id[] = [];
    for (let i = 0; i < n; i++) out.push(new Id());
    return out;
  }
  static reset(): void {
    Id.next = 100;
  }
  label(): string {
    return Id.prefix + this.value;
  }
}
const first = Id.make(3);
console.log(first[0].label(), first[2].label(), Id.next);
Id.reset();
const later = new Id();
console.log(later.label(), Id.issued.join(","));
class Config {
  static base = 10;
  static doubled = Config.base * 2;
  static computed = Config.compute();
  static compute(): number {
    return Config.doubled + 1;
  }
}
console.log(Config.base, Config.doubled, Config.computed);
Config.base = 99;
console.log(Config.base, Config.doubled);
class MathUtil {
  static clamp(v: number, lo: number, hi: number): number {
    return v < lo ? lo : v > hi ? hi : v;
  }
  static lerp(a: number, b: number, t: number): number {
    return a + (b - a) * t;
  }
}
console.log(MathUtil.clamp(5, 0, 3), MathUtil.clamp(-1, 0, 3), MathUtil.lerp(0, 10, 0.25), MathUtil.lerp(1, 2, 1.5));
