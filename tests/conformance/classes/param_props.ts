// Parameter properties (public, private, readonly) are assigned before the constructor body runs.
class Account {
  log: string[] = [];
  constructor(public readonly owner: string, private balance: number, protected limit: number = 100) {
    this.log.push("open " + owner + " " + balance);
  }
  deposit(v: number): number {
    this.balance += v;
    this.log.push("dep " + v);
    return this.balance;
  }
  withdraw(v: number): boolean {
    if (this.balance - v < -this.limit) {
      this.log.push("denied " + v);
      return false;
    }
    this.balance -= v;
    this.log.push("wd " + v);
    return true;
  }
  get current(): number {
    return this.balance;
  }
}
const a = new Account("ann", 50);
console.log(a.owner, a.current);
console.log(a.deposit(25), a.withdraw(100), a.withdraw(100), a.current);
console.log(a.log.join("; "));
class Vec {
  constructor(public x: number, public y: number) {}
  len2(): number {
    return this.x * this.x + this.y * this.y;
  }
}
const v = new Vec(3, 4);
console.log(v.x, v.y, v.len2());
v.y = -0;
console.log(v.y, v.len2());
