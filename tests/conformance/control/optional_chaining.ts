// ?. short-circuits the whole chain, including calls and their argument evaluation.
class Node {
  next: Node | null = null;
  constructor(public id: number) {}
  describe(): string {
    return "node" + this.id;
  }
}
const a = new Node(1);
const b = new Node(2);
a.next = b;
console.log(a.next?.id, a.next?.next?.id, a.next?.describe());
function maybe(n: Node, want: boolean): Node | null {
  return want ? n : null;
}
const none = maybe(a, false);
let argEvals = 0;
function arg(): number {
  argEvals++;
  return 1;
}
function lookup(n: Node | null, k: number): number | undefined {
  return n?.id ?? (k > 0 ? undefined : -1);
}
console.log(none?.id, none?.describe(), none?.next?.next?.id);
console.log(lookup(null, 1), lookup(null, 0), lookup(b, 1));
function deep(n: Node | null): string {
  return "" + n?.next?.describe();
}
console.log(deep(a), deep(b), deep(null));
let cursor: Node | null = a;
let hops = 0;
while (cursor?.id) {
  hops++;
  cursor = cursor.next;
}
console.log(hops, cursor);
console.log(argEvals);
