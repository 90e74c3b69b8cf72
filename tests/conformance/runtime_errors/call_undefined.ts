// Calling through undefined after a lying non-null assertion throws a TypeError (caught here).
class Handlers {
  onData?: (n: number) => number;
}
const h = new Handlers();
try {
  console.log("calling");
  const r = h.onData!(5);
  console.log("not reached", r);
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).name);
}
h.onData = (n) => n * 2;
console.log(h.onData!(5));
const table: ((x: number) => number)[] = [(x) => x + 1];
try {
  table[3]!(1);
} catch (e) {
  console.log("table miss", e instanceof TypeError);
}
class Node2 {
  next: Node2 | null = null;
  value = 1;
}
const n = new Node2();
try {
  console.log(n.next!.value);
} catch (e) {
  console.log("null deref", e instanceof TypeError);
}
console.log("still running");
