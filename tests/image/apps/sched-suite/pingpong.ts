// Two threads pass a token back and forth through two semaphores, ROUNDS times each way, then
// the main thread joins both. Prints how many rounds each side saw and how many switches it took.
import { print } from "../../../../kernel/shim/print";
import { join, Semaphore, spawn } from "../../../../kernel/shim/threads";
import { activeThreads } from "../../../../kernel/sched/threads";

const ROUNDS: i32 = 1000;

export function run(): i32 {
  const ping = new Semaphore(0);
  const pong = new Semaphore(0);
  let pings = 0;
  let pongs = 0;
  let order = true;
  const threads = activeThreads();
  const before = threads === null ? 0 : threads.switches;
  const a = spawn(() => {
    for (let i = 0; i < ROUNDS; i++) {
      ping.post();
      pong.wait();
      if (pongs !== i + 1) order = false;
      pings++;
    }
  }, "ping");
  const b = spawn(() => {
    for (let i = 0; i < ROUNDS; i++) {
      ping.wait();
      if (pings !== i) order = false;
      pongs++;
      pong.post();
    }
  }, "pong");
  join(a);
  join(b);
  const switches = threads === null ? 0 : threads.switches - before;
  print(`pings ${pings} pongs ${pongs} in order: ${order ? "yes" : "no"}`);
  print(`switches ${switches}`);
  return pings === ROUNDS && pongs === ROUNDS && order ? 0 : 1;
}
