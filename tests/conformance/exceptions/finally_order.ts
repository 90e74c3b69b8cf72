// try/catch/finally ordering: finally runs on normal exit, after catch, and on the way out of a throw.
const log: string[] = [];
function run(mode: number): string {
  try {
    log.push("try" + mode);
    if (mode === 1) throw new Error("one");
    if (mode === 2) return "returned-from-try";
    log.push("try-end" + mode);
  } catch (e) {
    log.push("catch" + mode);
    if (mode === 1) return "returned-from-catch";
  } finally {
    log.push("finally" + mode);
  }
  return "fell-through";
}
for (let m = 0; m < 3; m++) console.log(run(m));
console.log(log.join(" "));
function nested(): void {
  try {
    try {
      throw new Error("inner");
    } finally {
      console.log("inner finally");
    }
  } catch (e) {
    console.log("outer caught", (e as Error).message);
  } finally {
    console.log("outer finally");
  }
}
nested();
