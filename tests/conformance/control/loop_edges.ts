// Loops that run zero times, loops over changing arrays, and for-of over an array grown during iteration.
let ran = 0;
for (let i = 10; i < 10; i++) ran++;
while (ran > 0) ran--;
console.log(ran);
const arr: number[] = [1, 2, 3];
let seen = 0;
for (const v of arr) {
  seen += v;
  if (arr.length < 6) arr.push(v * 10);
}
console.log(seen, arr.join(","));
const shrink: number[] = [1, 2, 3, 4, 5, 6];
let visited = "";
for (const v of shrink) {
  visited = visited + v;
  shrink.pop();
}
console.log(visited, shrink.length);
const items: number[] = [5, 6, 7];
for (let i = 0; i < items.length; i++) {
  if (items[i] === 6) items.push(8);
}
console.log(items.join(" "));
let nested = 0;
for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) nested += i ^ j ^ k;
console.log(nested);
let d = 0;
do {
  d++;
  if (d === 2) break;
} while (d < 100);
console.log(d);
