// Arrays of functions: dispatch tables, pipelines, handler lists.
type Op = (a: number, b: number) => number;
const ops: Op[] = [
  (a, b) => a + b,
  (a, b) => a - b,
  (a, b) => a * b,
  (a, b) => a / b,
  (a, b) => a % b,
  (a, b) => a ** b,
  (a, b) => (a << b) | 0,
];
const names = ["+", "-", "*", "/", "%", "**", "<<"];
for (let i = 0; i < ops.length; i++) {
  console.log(names[i], ops[i](7, 3), ops[i](-7.5, 2), ops[i](2, 31));
}
const pipeline: ((x: number) => number)[] = [];
pipeline.push((x) => x + 1);
pipeline.push((x) => x * 3);
pipeline.push((x) => x - 0.5);
function runAll(x: number): number {
  for (const f of pipeline) x = f(x);
  return x;
}
console.log(runAll(1), runAll(-1), runAll(0.5));
pipeline.pop();
console.log(runAll(1), pipeline.length);
const table: (() => string)[][] = [];
for (let r = 0; r < 3; r++) {
  const row: (() => string)[] = [];
  for (let c = 0; c < 3; c++) row.push(() => r + ":" + c);
  table.push(row);
}
console.log(table[2][1](), table[0][2](), table[1][0]());
