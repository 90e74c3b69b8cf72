// Generic functions with inference, explicit type arguments and constraints.
function identity<T>(x: T): T {
  return x;
}
function maxBy<T>(xs: T[], key: (x: T) => number): T | undefined {
  let best: T | undefined = undefined;
  let bestKey = -Infinity;
  for (const x of xs) {
    const k = key(x);
    if (k > bestKey) {
      bestKey = k;
      best = x;
    }
  }
  return best;
}
function mapArr<A, B>(xs: A[], f: (a: A) => B): B[] {
  const out: B[] = [];
  for (const x of xs) out.push(f(x));
  return out;
}
function zip<A, B>(as: A[], bs: B[]): [A, B][] {
  const out: [A, B][] = [];
  for (let i = 0; i < as.length && i < bs.length; i++) out.push([as[i], bs[i]]);
  return out;
}
interface HasLen {
  length: number;
}
function longest<T extends HasLen>(xs: T[]): T | null {
  let best: T | null = null;
  for (const x of xs) if (best === null || x.length > best.length) best = x;
  return best;
}
console.log(identity(5), identity("s"), identity<boolean>(true));
console.log(maxBy(["apple", "fig", "banana"], (s) => s.length), maxBy([3, -7, 2], (n) => Math.abs(n)), maxBy([] as number[], (n) => n));
console.log(mapArr([1, 2, 3], (n) => "#" + n).join(), mapArr(["a", "bb"], (s) => s.length).join());
console.log(zip([1, 2, 3], ["one", "two"]).map((p) => p[0] + "=" + p[1]).join(" "));
console.log(longest(["ab", "abcd", "abc"]), longest([[1], [1, 2, 3], []])?.length, longest([] as string[]));
