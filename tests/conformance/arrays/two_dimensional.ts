// Arrays of arrays: building, transposing, multiplying, and jagged rows.
function make(rows: number, cols: number, f: (r: number, c: number) => number): number[][] {
  const m: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) row.push(f(r, c));
    m.push(row);
  }
  return m;
}
function transpose(m: number[][]): number[][] {
  return make(m[0].length, m.length, (r, c) => m[c][r]);
}
function mul(a: number[][], b: number[][]): number[][] {
  return make(a.length, b[0].length, (r, c) => {
    let s = 0;
    for (let k = 0; k < b.length; k++) s += a[r][k] * b[k][c];
    return s;
  });
}
function show(m: number[][]): void {
  for (const row of m) console.log(row.join(" "));
  console.log("--");
}
const a = make(2, 3, (r, c) => r * 3 + c + 1);
show(a);
show(transpose(a));
show(mul(a, transpose(a)));
const jag: number[][] = [];
for (let i = 0; i < 5; i++) {
  jag.push([]);
  for (let j = 0; j <= i; j++) jag[i].push(i === j || j === 0 ? 1 : jag[i - 1][j - 1] + jag[i - 1][j]);
}
show(jag);
const alias = jag[4];
alias[2] = 99;
console.log(jag[4].join(","));
