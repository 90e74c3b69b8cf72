// Insertion order: re-setting keeps the position, delete then re-add moves to the end,
// entries added during iteration are visited, deleted ones are not.
const m = new Map<string, number>();
for (const k of ["c", "a", "b", "d"]) m.set(k, k.charCodeAt(0));
m.set("a", 0);
m.delete("c");
m.set("c", 1);
console.log([...m.keys()].join());
const log: string[] = [];
for (const [k, v] of m) {
  log.push(k + v);
  if (k === "a") m.set("z", 26);
  if (k === "b") m.delete("d");
}
console.log(log.join(" "), m.size);
let steps = 0;
for (const k of m.keys()) {
  steps++;
  if (steps === 1) m.clear();
}
console.log(steps, m.size);
const m2 = new Map<number, number>([[3, 0], [1, 0], [2, 0]]);
const fe: string[] = [];
m2.forEach((v, k, map) => {
  fe.push(k + "/" + map.size);
  if (k === 3) map.set(4, 0);
});
console.log(fe.join(" "));
const it = m2.entries();
const first = it.next();
console.log(first.done, first.value?.[0], it.next().value?.[0]);
