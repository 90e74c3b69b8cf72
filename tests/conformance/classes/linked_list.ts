// A singly linked list with nullable next pointers: insert, remove, reverse, traverse.
class ListNode {
  next: ListNode | null = null;
  constructor(public value: number) {}
}
class List {
  head: ListNode | null = null;
  size = 0;
  pushFront(v: number): void {
    const n = new ListNode(v);
    n.next = this.head;
    this.head = n;
    this.size++;
  }
  pushBack(v: number): void {
    const n = new ListNode(v);
    if (this.head === null) {
      this.head = n;
    } else {
      let c = this.head;
      while (c.next !== null) c = c.next;
      c.next = n;
    }
    this.size++;
  }
  remove(v: number): boolean {
    let prev: ListNode | null = null;
    let cur = this.head;
    while (cur !== null) {
      if (cur.value === v) {
        if (prev === null) this.head = cur.next;
        else prev.next = cur.next;
        this.size--;
        return true;
      }
      prev = cur;
      cur = cur.next;
    }
    return false;
  }
  reverse(): void {
    let prev: ListNode | null = null;
    let cur = this.head;
    while (cur !== null) {
      const nx: ListNode | null = cur.next;
      cur.next = prev;
      prev = cur;
      cur = nx;
    }
    this.head = prev;
  }
  str(): string {
    const parts: string[] = [];
    for (let c = this.head; c !== null; c = c.next) parts.push(String(c.value));
    return "(" + parts.join(" ") + ") size=" + this.size;
  }
}
const l = new List();
for (let i = 1; i <= 5; i++) l.pushBack(i * i);
l.pushFront(0);
console.log(l.str());
console.log(l.remove(9), l.remove(100), l.remove(0));
console.log(l.str());
l.reverse();
console.log(l.str());
console.log(l.head?.value, l.head?.next?.next?.value);
