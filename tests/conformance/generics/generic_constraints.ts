// keyof-free constraints: comparable items, generic sort and binary search, default type arguments.
interface Comparable<T> {
  compareTo(other: T): number;
}
class Version implements Comparable<Version> {
  constructor(public major: number, public minor: number) {}
  compareTo(o: Version): number {
    return this.major !== o.major ? this.major - o.major : this.minor - o.minor;
  }
  toString(): string {
    return this.major + "." + this.minor;
  }
}
function sortItems<T extends Comparable<T>>(xs: T[]): T[] {
  return xs.slice().sort((a, b) => a.compareTo(b));
}
function bsearch<T extends Comparable<T>>(xs: T[], x: T): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = xs[mid].compareTo(x);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}
const vs = [new Version(1, 10), new Version(1, 2), new Version(0, 9), new Version(2, 0), new Version(1, 2)];
const sorted = sortItems(vs);
console.log(sorted.join(" "));
console.log(bsearch(sorted, new Version(2, 0)), bsearch(sorted, new Version(1, 5)), bsearch(sorted, new Version(0, 1)));
class Box<T = string> {
  constructor(public v: T) {}
}
const b1 = new Box("default");
const b2 = new Box<number>(3);
console.log(b1.v.length, b2.v + 1);
