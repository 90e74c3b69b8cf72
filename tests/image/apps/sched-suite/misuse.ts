// Misusing a primitive stops the kernel with a message naming the thread: unlocking a mutex the
// thread does not hold. The panic's exit status is 127.
import { print } from "../../../../kernel/shim/print";
import { Mutex } from "../../../../kernel/shim/threads";

export function run(): i32 {
  const m = new Mutex();
  print("unlocking a mutex nobody holds");
  m.unlock();
  print("not reached");
  return 0;
}
