// A generic linked list with iteration, map and a generic static factory.
class LNode<T> {
  next: LNode<T> | null = null;
  constructor(public value: T) {}
}
class LinkedList<T> {
  head: LNode<T> | null = null;
  tail: LNode<T> | null = null;
  size = 0;
  static of<U>(...xs: U[]): LinkedList<U> {
    const l = new LinkedList<U>();
    for (const x of xs) l.append(x);
    return l;
  }
  append(v: T): void {
    const n = new LNode(v);
    if (this.tail === null) this.head = n;
    else this.tail.next = n;
    this.tail = n;
    this.size++;
  }
  map<U>(f: (x: T) => U): LinkedList<U> {
    const out = new LinkedList<U>();
    for (let n = this.head; n !== null; n = n.next) out.append(f(n.value));
    return out;
  }
  toArray(): T[] {
    const out: T[] = [];
    for (let n = this.head; n !== null; n = n.next) out.push(n.value);
    return out;
  }
  forEach(f: (x: T, i: number) => void): void {
    let i = 0;
    for (let n = this.head; n !== null; n = n.next) f(n.value, i++);
  }
}
const nums = LinkedList.of(1, 2, 3, 4);
const strs = nums.map((n) => "n" + n * n);
console.log(nums.size, nums.toArray().join(), strs.toArray().join(), strs.map((s) => s.length).toArray().join());
const pairs = LinkedList.of<[string, number]>(["a", 1], ["b", 2]);
console.log(pairs.map((p) => p[0] + p[1]).toArray().join(" "));
strs.forEach((s, i) => console.log(i, s));
