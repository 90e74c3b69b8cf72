// The threads test program booted by tests/image/sched.test.ts: one image per scheduler, one
// scenario per boot, named by the last word of the command line (e.g. `-append "quiet sleep"`).
// Each scenario prints what the test checks; its return value is the exit status.
import { print } from "../../../../kernel/shim/print";
import { run as alloc } from "./alloc";
import { run as busy } from "./busy";
import { run as misuse } from "./misuse";
import { run as overflow } from "./overflow";
import { run as pingpong } from "./pingpong";
import { run as sleep } from "./sleep";
import { run as ticks } from "./ticks";

export function main(argv: string[]): i32 {
  const scenario = argv.length === 0 ? "" : argv[argv.length - 1];
  if (scenario === "pingpong") return pingpong();
  if (scenario === "sleep") return sleep();
  if (scenario === "busy") return busy();
  if (scenario === "overflow") return overflow();
  if (scenario === "ticks") return ticks();
  if (scenario === "alloc") return alloc();
  if (scenario === "misuse") return misuse();
  print(`unknown scenario '${scenario}': pingpong, sleep, busy, overflow, ticks, alloc, misuse`);
  return 2;
}
