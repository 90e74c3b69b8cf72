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
