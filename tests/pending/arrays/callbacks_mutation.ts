// Callbacks that mutate the array during iteration: forEach/map see the length fixed at the start.
const a = [1, 2, 3];
const seen: number[] = [];
a.forEach((x, i) => {
  seen.push(x);
  if (i === 0) a.push(99);
});
console.log(seen.join(), a.join());
const b = [1, 2, 3, 4];
const mapped = b.map((x, i) => {
  if (i === 0) b.pop();
  return x * 10;
});
console.log(mapped.join("|"), mapped.length, b.join());
const c = [1, 2, 3, 4, 5];
const kept = c.filter((x, i) => {
  if (i === 1) c[3] = 40;
  return x > 2;
});
console.log(kept.join());
