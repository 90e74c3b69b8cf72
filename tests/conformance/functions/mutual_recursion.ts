// Mutually recursive functions, declared in either order (declarations are hoisted).
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}
for (let i = 0; i < 7; i++) console.log(i, isEven(i), isOdd(i));
console.log(isEven(1000), isOdd(777));
// Hofstadter female and male sequences
function F(n: number): number {
  return n === 0 ? 1 : n - M(F(n - 1));
}
function M(n: number): number {
  return n === 0 ? 0 : n - F(M(n - 1));
}
let fs = "";
let ms = "";
for (let i = 0; i < 20; i++) {
  fs = fs + F(i) + " ";
  ms = ms + M(i) + " ";
}
console.log(fs);
console.log(ms);
