// Generic container classes instantiated with numbers, strings and objects.
class Stack<T> {
  private items: T[] = [];
  push(x: T): void {
    this.items.push(x);
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  peek(): T | undefined {
    return this.items[this.items.length - 1];
  }
  get size(): number {
    return this.items.length;
  }
}
class Queue<T> {
  private head = 0;
  private items: T[] = [];
  enqueue(x: T): this {
    this.items.push(x);
    return this;
  }
  dequeue(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    return this.items[this.head++];
  }
  get length(): number {
    return this.items.length - this.head;
  }
}
const s = new Stack<number>();
s.push(1);
s.push(2.5);
console.log(s.peek(), s.pop(), s.pop(), s.pop(), s.size);
const names = new Stack<string>();
for (const n of ["x", "y", "z"]) names.push(n);
let out = "";
while (names.size > 0) out += names.pop();
console.log(out);
class Job {
  constructor(public id: number) {}
}
const q = new Queue<Job>();
q.enqueue(new Job(1)).enqueue(new Job(2)).enqueue(new Job(3));
console.log(q.length, q.dequeue()?.id, q.dequeue()?.id, q.length, q.dequeue()?.id, q.dequeue()?.id);
const nested = new Stack<Stack<number>>();
nested.push(s);
s.push(42);
console.log(nested.peek()?.peek());
