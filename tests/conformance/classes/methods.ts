// Methods calling other methods through this, returning this for chaining.
class Builder {
  private parts: string[] = [];
  private count = 0;
  add(s: string): Builder {
    this.parts.push(s);
    this.count++;
    return this;
  }
  addNum(n: number): Builder {
    return this.add(String(n));
  }
  sep(): Builder {
    return this.add("|");
  }
  build(): string {
    return this.parts.join("") + " (" + this.count + ")";
  }
}
console.log(new Builder().add("a").sep().addNum(1.5).sep().addNum(-0).build());
class Matrix2 {
  constructor(public a: number, public b: number, public c: number, public d: number) {}
  mul(o: Matrix2): Matrix2 {
    return new Matrix2(this.a * o.a + this.b * o.c, this.a * o.b + this.b * o.d, this.c * o.a + this.d * o.c, this.c * o.b + this.d * o.d);
  }
  pow(n: number): Matrix2 {
    let result = new Matrix2(1, 0, 0, 1);
    let base: Matrix2 = this;
    while (n > 0) {
      if (n & 1) result = result.mul(base);
      base = base.mul(base);
      n = n >> 1;
    }
    return result;
  }
  str(): string {
    return `[${this.a} ${this.b}; ${this.c} ${this.d}]`;
  }
}
const fibm = new Matrix2(1, 1, 1, 0);
console.log(fibm.pow(10).str(), fibm.pow(50).str(), fibm.pow(80).b);
