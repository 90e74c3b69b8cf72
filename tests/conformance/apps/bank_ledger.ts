// A bank ledger: accounts, transfers in integer cents, custom exceptions, rollback, audit trail.
class LedgerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LedgerError";
  }
}
class InsufficientFunds extends LedgerError {
  constructor(public account: string, public needed: number, public available: number) {
    super(`${account}: needs ${fmt(needed)}, has ${fmt(available)}`);
    this.name = "InsufficientFunds";
  }
}
class UnknownAccount extends LedgerError {
  constructor(public account: string) {
    super("no such account " + JSON.stringify(account));
    this.name = "UnknownAccount";
  }
}
class Frozen extends LedgerError {
  constructor(account: string) {
    super(account + " is frozen");
    this.name = "Frozen";
  }
}
function fmt(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const a = Math.abs(cents);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
}
function parseAmount(s: string): number {
  const m = s.trim();
  const dot = m.indexOf(".");
  const whole = dot < 0 ? m : m.slice(0, dot);
  const frac = dot < 0 ? "" : m.slice(dot + 1);
  if (whole === "" || frac.length > 2 || ![...whole + frac].every((c) => c >= "0" && c <= "9")) throw new LedgerError("bad amount " + JSON.stringify(s));
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}
interface Account {
  id: string;
  balance: number;
  overdraft: number;
  frozen: boolean;
}
class Ledger {
  private accounts = new Map<string, Account>();
  readonly journal: string[] = [];
  open(id: string, overdraft = 0): void {
    if (this.accounts.has(id)) throw new LedgerError("duplicate account " + id);
    this.accounts.set(id, { id, balance: 0, overdraft, frozen: false });
  }
  private get(id: string): Account {
    const a = this.accounts.get(id);
    if (!a) throw new UnknownAccount(id);
    return a;
  }
  freeze(id: string): void {
    this.get(id).frozen = true;
  }
  deposit(id: string, amount: string): void {
    const a = this.get(id);
    a.balance += parseAmount(amount);
    this.journal.push(`deposit ${id} ${amount}`);
  }
  transfer(from: string, to: string, amount: string): void {
    const cents = parseAmount(amount);
    const a = this.get(from);
    const b = this.get(to);
    if (a.frozen) throw new Frozen(from);
    if (b.frozen) throw new Frozen(to);
    if (a.balance - cents < -a.overdraft) throw new InsufficientFunds(from, cents, a.balance + a.overdraft);
    a.balance -= cents;
    b.balance += cents;
    this.journal.push(`transfer ${from}->${to} ${fmt(cents)}`);
  }
  batch(ops: (() => void)[]): number {
    const snapshot = new Map<string, number>();
    for (const [id, a] of this.accounts) snapshot.set(id, a.balance);
    const journalLen = this.journal.length;
    let done = 0;
    try {
      for (const op of ops) {
        op();
        done++;
      }
      return done;
    } catch (e) {
      for (const [id, bal] of snapshot) this.get(id).balance = bal;
      this.journal.length = journalLen;
      this.journal.push(`batch rolled back after ${done} ops`);
      throw e;
    } finally {
      this.journal.push("batch end");
    }
  }
  report(): string {
    return [...this.accounts.values()].map((a) => `${a.id}=${fmt(a.balance)}${a.frozen ? "*" : ""}`).join(" ");
  }
}
const L = new Ledger();
function attempt(label: string, f: () => number | void): void {
  try {
    const r = f();
    console.log("ok  ", label, r === undefined ? "" : r, "|", L.report());
  } catch (e) {
    if (e instanceof InsufficientFunds) console.log("FAIL", label, e.name, e.account, fmt(e.needed), fmt(e.available));
    else if (e instanceof LedgerError) console.log("FAIL", label, e.name + ": " + e.message);
    else throw e;
  }
}
attempt("open alice", () => L.open("alice"));
attempt("open bob", () => L.open("bob", 5000));
attempt("open carol", () => L.open("carol"));
attempt("open alice again", () => L.open("alice"));
attempt("deposit", () => L.deposit("alice", "100.5"));
attempt("deposit bad", () => L.deposit("alice", "1.234"));
attempt("deposit bad2", () => L.deposit("alice", "12a"));
attempt("transfer", () => L.transfer("alice", "bob", "0.75"));
attempt("overdraw alice", () => L.transfer("alice", "carol", "200"));
attempt("bob overdraft", () => L.transfer("bob", "carol", "50.75"));
attempt("bob over limit", () => L.transfer("bob", "carol", "0.01"));
attempt("unknown", () => L.transfer("alice", "mallory", "1"));
attempt("batch ok", () => L.batch([() => L.transfer("carol", "alice", "10"), () => L.transfer("alice", "bob", "20")]));
attempt("batch fails", () => L.batch([() => L.transfer("alice", "carol", "5"), () => L.transfer("carol", "bob", "1000")]));
attempt("freeze", () => L.freeze("carol"));
attempt("to frozen", () => L.transfer("alice", "carol", "1"));
console.log(L.journal.join("\n"));
