// A closure created in a for-loop initializer captures the first iteration's copy of the variable.
const readers: (() => number)[] = [];
for (let i = 0, f = () => i; i < 3; i++) {
  readers.push(f);
  readers.push(() => i);
}
let line = "";
for (const r of readers) line = line + r() + " ";
console.log(line);
const bumps: (() => number)[] = [];
for (let i = 0; i < 3; i++) {
  const snapshot = i;
  bumps.push(() => snapshot * 10 + i);
}
line = "";
for (const b of bumps) line = line + b() + " ";
console.log(line);
const incs: (() => void)[] = [];
const reads: (() => number)[] = [];
for (let i = 0; i < 4; i++) {
  incs.push(() => {
    i += 10;
  });
  reads.push(() => i);
}
incs[1]();
incs[1]();
incs[3]();
line = "";
for (const r of reads) line = line + r() + " ";
console.log(line);
