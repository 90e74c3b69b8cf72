// for loops: counting up and down, multiple variables, empty clauses, nested loops.
let out = "";
for (let i = 0; i < 10; i++) out = out + i;
console.log(out);
out = "";
for (let i = 10; i > 0; i -= 3) out = out + i + ",";
console.log(out);
out = "";
for (let i = 0, j = 10; i < j; i++, j--) out = out + i + "-" + j + " ";
console.log(out);
let k = 0;
for (;;) {
  k++;
  if (k > 7) break;
}
console.log(k);
let total = 0;
for (let i = 0; i < 5; i++) {
  for (let j = 0; j < i; j++) {
    total += i * j;
  }
}
console.log(total);
let m = 0;
for (; m < 3;) m++;
console.log(m);
const rows: string[] = [];
for (let r = 1; r <= 4; r++) {
  let row = "";
  for (let c = 1; c <= 4; c++) row = row + (r * c) + "\t";
  rows.push(row);
}
console.log(rows.join("\n"));
let skipped = 0;
for (let i = 0; i < 20; i++) {
  if (i % 3 === 0) continue;
  skipped += i;
}
console.log(skipped);
let x = 0;
for (let i = 0; i < 3; i++) {
  let i2 = i * 2;
  for (let i = 0; i < 2; i++) x += i2 + i;
}
console.log(x);
