// ECMAScript private fields and methods (#x), static private members, and `#x in obj` checks.
class Account {
  static #count = 0;
  #balance: number;
  readonly id: number;
  constructor(initial: number) {
    this.#balance = initial;
    this.id = ++Account.#count;
  }
  #audit(op: string): string {
    return `#${this.id} ${op} -> ${this.#balance}`;
  }
  deposit(n: number): string {
    this.#balance += n;
    return this.#audit("deposit " + n);
  }
  static isAccount(o: object): boolean {
    return #balance in o;
  }
  static get count(): number {
    return Account.#count;
  }
}
const a = new Account(10);
const b = new Account(0);
console.log(a.deposit(5), b.deposit(1.5), Account.count);
console.log(Account.isAccount(a), Account.isAccount({}), JSON.stringify(a), Object.keys(a).join());
