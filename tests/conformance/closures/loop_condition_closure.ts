// Closures inside the loop body that modify the loop variable affect that iteration's copy only,
// which is then copied into the next iteration before the update runs.
const log: string[] = [];
const fns: (() => void)[] = [];
for (let i = 0; i < 10; i++) {
  log.push("body " + i);
  if (i === 1) {
    fns.push(() => {
      i = 7;
    });
    fns[0]();
  }
}
console.log(log.join(", "));
const whileFns: (() => number)[] = [];
let n = 0;
while (n < 4) {
  const k = n * n;
  let local = n;
  whileFns.push(() => k + local++);
  n++;
}
let out = "";
for (const f of whileFns) out = out + f() + "," + f() + " ";
console.log(out);
const dfs: (() => number)[] = [];
let m = 0;
do {
  const captured = m;
  dfs.push(() => captured);
  m += 2;
} while (m < 7);
out = "";
for (const f of dfs) out = out + f() + " ";
console.log(out);
