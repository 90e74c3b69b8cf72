// Callbacks invoked by library-style functions, with captured accumulators.
function each(xs: number[], cb: (x: number, i: number) => void): void {
  for (let i = 0; i < xs.length; i++) cb(xs[i], i);
}
function mapTo(xs: number[], f: (x: number) => number): number[] {
  const out: number[] = [];
  for (const x of xs) out.push(f(x));
  return out;
}
function keep(xs: number[], pred: (x: number) => boolean): number[] {
  const out: number[] = [];
  for (const x of xs) if (pred(x)) out.push(x);
  return out;
}
const data = [4, 8, 15, 16, 23, 42];
let weighted = 0;
each(data, (x, i) => {
  weighted += x * i;
});
console.log(weighted);
console.log(mapTo(data, (x) => x / 2).join(" "));
const threshold = 15;
console.log(keep(data, (x) => x > threshold).join(" "));
console.log(keep(mapTo(data, (x) => x % 5), (x) => x !== 0).join(" "));
function retry(times: number, attempt: (n: number) => boolean, done: (ok: boolean, tries: number) => void): void {
  for (let i = 1; i <= times; i++) {
    if (attempt(i)) {
      done(true, i);
      return;
    }
  }
  done(false, times);
}
retry(5, (n) => n * n > 10, (ok, t) => console.log("ok", ok, "after", t));
retry(3, (n) => n > 10, (ok, t) => console.log("ok", ok, "after", t));
