// Static initialization blocks run once, in order with static field initializers.
const log: string[] = [];
class Table {
  static a = (log.push("field a"), 1);
  static squares: number[] = [];
  static {
    log.push("block 1");
    for (let i = 0; i < 5; i++) Table.squares.push(i * i);
  }
  static b = (log.push("field b"), Table.a + 1);
  static {
    log.push("block 2 b=" + Table.b);
  }
}
console.log(log.join(" | "), Table.squares.join(), Table.b);
class Registry {
  static names: string[] = [];
  static count = 0;
  static {
    const seed = ["a", "b"];
    for (const s of seed) { Registry.names.push(s.toUpperCase()); Registry.count++; }
  }
  static {
    let local = 10;
    local += Registry.count;
    Registry.count = local;
  }
}
console.log(Registry.names.join(), Registry.count);
