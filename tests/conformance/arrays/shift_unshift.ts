// shift and unshift: return values, order of multiple unshifted values, empty arrays.
const q = [1, 2, 3];
console.log(q.shift(), q.join(","), q.length);
console.log(q.unshift(10, 20), q.join(","));
console.log(q.unshift(), q.join(","));
const e: number[] = [];
console.log(e.shift(), e.length, e.pop());
const fifo: string[] = [];
for (let i = 0; i < 5; i++) fifo.push("job" + i);
let order = "";
while (fifo.length > 0) {
  const j = fifo.shift()!;
  order += j + " ";
  if (j === "job1") fifo.push("retry1");
}
console.log(order);
const big: number[] = [];
for (let i = 0; i < 30000; i++) big.push(i);
let s = 0;
while (big.length > 0) s += big.shift()!;
console.log(s);
