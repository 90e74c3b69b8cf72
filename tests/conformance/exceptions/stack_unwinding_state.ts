// State modified before a throw stays modified; finally blocks restore invariants while unwinding.
class Lock {
  held = false;
  acquisitions = 0;
  acquire(): void {
    if (this.held) throw new Error("already held");
    this.held = true;
    this.acquisitions++;
  }
  release(): void {
    this.held = false;
  }
}
const lock = new Lock();
let balance = 100;
function withdraw(n: number): void {
  lock.acquire();
  try {
    balance -= n;
    if (balance < 0) throw new RangeError("overdrawn by " + -balance);
  } finally {
    lock.release();
  }
}
for (const amt of [30, 50, 40, 10]) {
  try {
    withdraw(amt);
    console.log("ok", amt, balance, lock.held);
  } catch (e) {
    balance += amt;
    console.log("rolled back", amt, (e as Error).message, balance, lock.held);
  }
}
console.log(lock.acquisitions, lock.held);
lock.acquire();
try {
  lock.acquire();
} catch (e) {
  console.log((e as Error).message);
}
