// while and do-while: condition placement, continue in do-while jumps to the test.
let n = 27;
let steps = 0;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
}
console.log(steps);
let i = 0;
do {
  i++;
} while (i < 0);
console.log(i);
let j = 0;
let evens = 0;
do {
  j++;
  if (j % 2 === 1) continue;
  evens++;
} while (j < 10);
console.log(j, evens);
let k = 100;
while (true) {
  k -= 7;
  if (k < 0) break;
}
console.log(k);
let a = 0;
let b = 0;
while (a < 5) {
  a++;
  let c = 0;
  while (c < a) {
    c++;
    b += c;
  }
}
console.log(a, b);
let count = 0;
do count++; while (count < 5);
console.log(count);
let guard = 0;
while (guard++ < 3) console.log("guard", guard);
console.log(guard);
