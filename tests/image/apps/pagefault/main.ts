// Reads memory the kernel has not mapped (above the 4 GiB identity map): a page fault.
import { physView } from "../../../../arch/x86_64/memory";
import { print } from "../../../../kernel/shim/print";

export function main(argv: string[]): i32 {
  const view = physView(0x500000000 + argv.length, 16);
  print("reading an unmapped address");
  print(`value ${view[0]}`);
  return 0;
}
