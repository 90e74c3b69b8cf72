// A large amount of output in one run (checks buffering and ordering).
let sum = 0;
for (let i = 0; i < 5000; i++) {
  sum += i;
  console.log(i, sum, i % 7 === 0 ? "seven" : "", i / 8);
}
console.log("done", sum);
