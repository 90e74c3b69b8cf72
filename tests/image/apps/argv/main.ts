// Prints each argument it receives from the multiboot command line.
import { print } from "../../../../kernel/shim/print";

export function main(argv: string[]): i32 {
  print(`argc=${argv.length}`);
  for (let i = 0; i < argv.length; i++) print(`argv[${i}]=${argv[i]}`);
  return 0;
}
