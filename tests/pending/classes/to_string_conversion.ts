// User toString() is used by string concatenation, templates, String() and join.
class Money {
  constructor(private cents: number) {}
  toString(): string {
    const sign = this.cents < 0 ? "-" : "";
    const abs = Math.abs(this.cents);
    return `${sign}$${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  }
  add(o: Money): Money {
    return new Money(this.cents + o.cents);
  }
}
const prices = [new Money(1999), new Money(5), new Money(-250)];
console.log("total: " + prices[0], `${prices[1]}`, String(prices[2]), prices.join(" + "));
class Temp {
  constructor(public c: number) {}
  valueOf(): number {
    return this.c;
  }
  toString(): string {
    return this.c + "C";
  }
}
const t = new Temp(21);
console.log(`${t}`, String(t), t.toString(), +t + 1);
