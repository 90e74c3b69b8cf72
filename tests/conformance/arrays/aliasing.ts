// Arrays are references: aliases share storage, copies made element by element do not.
const a = [1, 2, 3];
const b = a;
b.push(4);
b[0] = 100;
console.log(a.join(), a.length, a === b);
function clear(xs: number[]): void {
  while (xs.length > 0) xs.pop();
}
function copy(xs: number[]): number[] {
  const out: number[] = [];
  for (const x of xs) out.push(x);
  return out;
}
const c = copy(a);
clear(a);
console.log(a.length, b.length, c.join(), c === a);
const holder = [c, c];
holder[0].push(5);
console.log(holder[1].join(), c.length);
