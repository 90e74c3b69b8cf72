// Benchmark: a class-heavy bank simulation. 100,000 accounts of three kinds (an abstract base
// class with abstract and overridden methods, a getter, a static counter, parameter properties)
// exchange 6 million transfers over twenty-four months; every transfer is a small object kept in a
// ring-buffer ledger and shown to auditors called through an interface. Measures virtual calls,
// field access, object allocation and instanceof. bench/compiler/run.ts compiles and times it
// against classes.c (the same design with vtables of function pointers; transfers are malloc'd
// and freed when the ring overwrites them), Node and porffor. Money is whole cents in doubles.

const ACCOUNTS: i32 = 100000;
const MONTHS: i32 = 24;
const TRANSFERS_PER_MONTH: i32 = 250000;
const LEDGER_SIZE: i32 = 4096;
const LARGE_TRANSFER: number = 150000;

abstract class Account {
  static opened: i32 = 0;
  protected cents: number;
  protected withdrawals: i32 = 0;

  constructor(readonly id: i32, opening: number) {
    this.cents = opening;
    Account.opened++;
  }

  get balance(): number {
    return this.cents;
  }

  deposit(amount: number): void {
    this.cents += amount;
  }

  // Takes amount plus this kind's fee when available() covers both.
  withdraw(amount: number): boolean {
    const total = amount + this.fee(amount);
    if (total > this.available()) return false;
    this.cents -= total;
    this.withdrawals++;
    return true;
  }

  abstract available(): number;
  abstract fee(amount: number): number;
  // Applies the month's interest or charges and returns the change in balance.
  abstract closeMonth(): number;
}

class Checking extends Account {
  available(): number {
    return this.cents;
  }

  fee(amount: number): number {
    return amount < 5000 ? 30 : 0;
  }

  closeMonth(): number {
    const charge = this.withdrawals > 2 ? 500 : 0;
    this.cents -= charge;
    this.withdrawals = 0;
    return -charge;
  }
}

class Savings extends Account {
  constructor(id: i32, opening: number, private rateBasisPoints: i32) {
    super(id, opening);
  }

  // Only six withdrawals a month.
  available(): number {
    return this.withdrawals >= 6 ? 0 : this.cents;
  }

  fee(amount: number): number {
    return 0;
  }

  closeMonth(): number {
    const interest = Math.floor((this.cents * this.rateBasisPoints) / 120000);
    this.cents += interest;
    this.withdrawals = 0;
    return interest;
  }
}

class Credit extends Account {
  constructor(id: i32, private limit: number) {
    super(id, 0);
  }

  available(): number {
    return this.cents + this.limit;
  }

  fee(amount: number): number {
    return Math.floor(amount / 100);
  }

  closeMonth(): number {
    this.withdrawals = 0;
    if (this.cents >= 0) return 0;
    const charge = Math.floor((-this.cents * 18) / 1200);
    this.cents -= charge;
    return -charge;
  }
}

class Transfer {
  constructor(
    readonly from: Account,
    readonly to: Account,
    readonly amount: number,
    readonly ok: boolean,
  ) {}
}

interface Auditor {
  inspect(t: Transfer): void;
  summary(): number;
}

class LargeTransferAuditor implements Auditor {
  private count: i32 = 0;
  private total: number = 0;

  inspect(t: Transfer): void {
    if (t.ok && t.amount >= LARGE_TRANSFER) {
      this.count++;
      this.total += t.amount;
    }
  }

  summary(): number {
    return this.count * 1000003 + this.total;
  }
}

class RefusalAuditor implements Auditor {
  private hash: u32 = 0;

  inspect(t: Transfer): void {
    if (!t.ok) this.hash = (Math.imul(this.hash, 31) + t.from.id) >>> 0;
  }

  summary(): number {
    return this.hash;
  }
}

// Keeps the last LEDGER_SIZE transfers; older ones become garbage.
class Ledger {
  private entries: Transfer[] = [];
  private next: i32 = 0;

  record(t: Transfer): void {
    if (this.entries.length < LEDGER_SIZE) this.entries.push(t);
    else this.entries[this.next] = t;
    this.next = (this.next + 1) % LEDGER_SIZE;
  }

  // Sum of the amounts that moved, over the transfers still kept.
  volume(): number {
    let sum = 0;
    for (const t of this.entries) if (t.ok) sum += t.amount;
    return sum;
  }
}

class Lcg {
  constructor(private state: u32) {}

  next(): u32 {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state;
  }
}

function openAccounts(rng: Lcg): Account[] {
  const accounts: Account[] = [];
  for (let id: i32 = 0; id < ACCOUNTS; id++) {
    const r = rng.next();
    const kind = r % 3;
    if (kind === 0) accounts.push(new Checking(id, (r >>> 8) % 500000));
    else if (kind === 1) accounts.push(new Savings(id, (r >>> 8) % 2000000, 100 + (r % 400)));
    else accounts.push(new Credit(id, 100000 + ((r >>> 8) % 900000)));
  }
  return accounts;
}

function runMonth(rng: Lcg, accounts: Account[], ledger: Ledger, auditors: Auditor[]): number {
  for (let i: i32 = 0; i < TRANSFERS_PER_MONTH; i++) {
    const from = accounts[rng.next() % ACCOUNTS];
    const to = accounts[rng.next() % ACCOUNTS];
    const amount = 100 + (rng.next() % 200000);
    const ok = from.withdraw(amount);
    if (ok) to.deposit(amount);
    const t = new Transfer(from, to, amount, ok);
    ledger.record(t);
    for (const a of auditors) a.inspect(t);
  }
  let change = 0;
  for (const a of accounts) change += a.closeMonth();
  return change;
}

function report(accounts: Account[]): void {
  let checking: i32 = 0;
  let savings: i32 = 0;
  let credit: i32 = 0;
  let total = 0;
  let richest = accounts[0];
  for (const a of accounts) {
    if (a instanceof Checking) checking++;
    else if (a instanceof Savings) savings++;
    else if (a instanceof Credit) credit++;
    total += a.balance;
    if (a.balance > richest.balance) richest = a;
  }
  console.log(`classes: ${Account.opened} opened: ${checking} checking, ${savings} savings, ${credit} credit`);
  console.log(`classes: total ${total}, richest ${richest.id} with ${richest.balance}`);
}

export function main(): void {
  const rng = new Lcg(4242);
  const accounts = openAccounts(rng);
  const ledger = new Ledger();
  const large = new LargeTransferAuditor();
  const refusals = new RefusalAuditor();
  const auditors: Auditor[] = [large, refusals];
  let change = 0;
  for (let m: i32 = 0; m < MONTHS; m++) change += runMonth(rng, accounts, ledger, auditors);
  report(accounts);
  console.log(
    `classes: interest and charges ${change}, ledger volume ${ledger.volume()}, ` +
      `large ${large.summary()}, refusals ${refusals.summary()}`,
  );
}

main();
