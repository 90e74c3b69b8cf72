// Closures see later assignments to captured variables, and their writes are seen outside.
let x = 1;
const readX = () => x;
const writeX = (v: number) => {
  x = v;
};
console.log(readX());
x = 2;
console.log(readX());
writeX(3);
console.log(x, readX());
function scope(): string {
  let a = "a0";
  const get = () => a;
  a = "a1";
  const first = get();
  const set = (s: string) => {
    a = s;
  };
  set("a2");
  return first + " " + get() + " " + a;
}
console.log(scope());
function later(): () => number {
  const f = () => value * 2;
  let value = 5;
  value = 21;
  return f;
}
console.log(later()());
let total = 0;
const adders: ((n: number) => void)[] = [];
for (let i = 0; i < 3; i++) adders.push((n: number) => {
  total += n * i;
});
for (const a of adders) a(10);
console.log(total);
