// Accessors: computed getters, validating setters, a getter with no setter.
class Temperature {
  private c = 0;
  sets = 0;
  get celsius(): number {
    return this.c;
  }
  set celsius(v: number) {
    this.sets++;
    this.c = v < -273.15 ? -273.15 : v;
  }
  get fahrenheit(): number {
    return this.c * 9 / 5 + 32;
  }
  set fahrenheit(f: number) {
    this.celsius = (f - 32) * 5 / 9;
  }
  get kelvin(): number {
    return this.c + 273.15;
  }
}
const t = new Temperature();
console.log(t.celsius, t.fahrenheit, t.kelvin);
t.celsius = 100;
console.log(t.celsius, t.fahrenheit, t.kelvin);
t.fahrenheit = -40;
console.log(t.celsius, t.fahrenheit);
t.celsius = -500;
console.log(t.celsius, t.kelvin, t.sets);
t.celsius += 10;
console.log(t.celsius, t.sets);
class Bits {
  constructor(private word: number) {}
  get low(): number {
    return this.word & 0xffff;
  }
  set low(v: number) {
    this.word = ((this.word & 0xffff0000) | (v & 0xffff)) >>> 0;
  }
  get high(): number {
    return this.word >>> 16;
  }
  set high(v: number) {
    this.word = (((v & 0xffff) << 16) | (this.word & 0xffff)) >>> 0;
  }
  get value(): number {
    return this.word;
  }
}
const b = new Bits(0x12345678);
console.log(b.low, b.high, b.value);
b.low = 0x1ffff;
b.high = 0xabcd;
console.log(b.low, b.high, b.value);
b.high++;
b.low--;
console.log(b.low, b.high, b.value);
