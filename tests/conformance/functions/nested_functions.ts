// Function declarations nested inside functions see the enclosing scope.
function makeReport(items: number[]): string {
  let total = 0;
  function add(v: number): void {
    total += v;
  }
  function fmt(v: number): string {
    return v < 10 ? "0" + v : "" + v;
  }
  let out = "";
  for (const it of items) {
    add(it);
    out = out + fmt(it) + " ";
  }
  return out + "= " + fmt(total);
}
console.log(makeReport([1, 2, 3]));
console.log(makeReport([5, 10, 20]));
function depth(n: number): number {
  function level(k: number): number {
    function leaf(): number {
      return k * n;
    }
    return k <= 0 ? 0 : leaf() + level(k - 1);
  }
  return level(n);
}
console.log(depth(3), depth(10));
