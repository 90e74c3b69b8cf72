class Builder {
  parts: string[] = [];
  add(p: string): this { this.parts.push(p); return this; }
  build(): string { return this.parts.join("-"); }
}
class LoudBuilder extends Builder {
  shout(): this { this.parts.push("!"); return this; }
}
console.log(new Builder().add("a").add("b").build());
const lb = new LoudBuilder().add("x").shout().add("y");
console.log(lb.build(), lb instanceof LoudBuilder, lb.shout().build());
class Queue<T> {
  private items: T[] = [];
  enqueue(x: T): this { this.items.push(x); return this; }
  size(): number { return this.items.length; }
}
console.log(new Queue<number>().enqueue(1).enqueue(2).size(), new Queue<string>().enqueue("s").size());
