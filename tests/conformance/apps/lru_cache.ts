// An LRU cache with a doubly linked list and a Map index, capacity by count and by byte size.
class Entry {
  prev: Entry | null = null;
  next: Entry | null = null;
  constructor(public key: string, public value: string) {}
}
class LRU {
  private map = new Map<string, Entry>();
  private head: Entry | null = null;
  private tail: Entry | null = null;
  bytes = 0;
  hits = 0;
  misses = 0;
  evicted: string[] = [];
  constructor(private maxEntries: number, private maxBytes: number) {}
  private unlink(e: Entry): void {
    if (e.prev) e.prev.next = e.next;
    else this.head = e.next;
    if (e.next) e.next.prev = e.prev;
    else this.tail = e.prev;
    e.prev = e.next = null;
  }
  private pushFront(e: Entry): void {
    e.next = this.head;
    if (this.head) this.head.prev = e;
    this.head = e;
    if (!this.tail) this.tail = e;
  }
  get(k: string): string | undefined {
    const e = this.map.get(k);
    if (!e) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.unlink(e);
    this.pushFront(e);
    return e.value;
  }
  set(k: string, v: string): void {
    const old = this.map.get(k);
    if (old) {
      this.bytes -= old.value.length;
      old.value = v;
      this.bytes += v.length;
      this.unlink(old);
      this.pushFront(old);
    } else {
      const e = new Entry(k, v);
      this.map.set(k, e);
      this.pushFront(e);
      this.bytes += v.length;
    }
    while (this.map.size > this.maxEntries || this.bytes > this.maxBytes) {
      const victim = this.tail!;
      this.unlink(victim);
      this.map.delete(victim.key);
      this.bytes -= victim.value.length;
      this.evicted.push(victim.key);
    }
  }
  delete(k: string): boolean {
    const e = this.map.get(k);
    if (!e) return false;
    this.unlink(e);
    this.map.delete(k);
    this.bytes -= e.value.length;
    return true;
  }
  order(): string {
    const out: string[] = [];
    for (let e = this.head; e; e = e.next) out.push(e.key);
    return out.join(">");
  }
  orderBackwards(): string {
    const out: string[] = [];
    for (let e = this.tail; e; e = e.prev) out.push(e.key);
    return out.join("<");
  }
}
const c = new LRU(4, 40);
for (const k of ["a", "b", "c", "d"]) c.set(k, k.repeat(5));
console.log(c.order(), c.bytes);
console.log(c.get("a"), c.get("zz"), c.order());
c.set("e", "eeeee");
console.log(c.order(), "evicted", c.evicted.join());
c.set("c", "C".repeat(20));
console.log(c.order(), c.bytes, "evicted", c.evicted.join());
console.log(c.delete("a"), c.delete("a"), c.order(), c.orderBackwards(), c.bytes);
let seed = 7;
for (let i = 0; i < 200; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  const k = "k" + (seed % 9);
  if (c.get(k) === undefined) c.set(k, "v".repeat(1 + (seed % 13)));
}
console.log(c.order(), c.bytes, c.hits, c.misses, c.evicted.length);
