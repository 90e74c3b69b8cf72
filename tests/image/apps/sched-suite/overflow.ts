// A thread recurses without end on a 16 KiB stack: it must hit its guard page and be reported
// (a fault naming the thread, status 127), not run on into the memory below its stack.
import { print } from "../../../../kernel/shim/print";
import { join, spawn } from "../../../../kernel/shim/threads";

function deeper(n: number, pad: Float64Array): number {
  pad[0] = n;
  const local = new Float64Array(0);
  return n <= -1 ? local.length : deeper(n + 1, pad) + pad[0];
}

export function run(): i32 {
  const t = spawn(() => {
    print("recursing");
    print(`never printed ${deeper(0, new Float64Array(4))}`);
  }, "deep-recursion", 4, 16 * 1024);
  join(t);
  print("not reached: the overflow went unnoticed");
  return 1;
}
