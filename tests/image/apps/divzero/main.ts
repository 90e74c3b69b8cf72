// Integer division by zero in machine code: the CPU raises #DE and the kernel must report it.
import { udiv64 } from "../../../../arch/x86_64/cpu";
import { print } from "../../../../kernel/shim/print";

export function main(argv: string[]): i32 {
  const divisor = argv.length; // 0 at run time: the compiler cannot fold it away
  print("dividing");
  print(`quotient ${udiv64(1000, divisor)}`);
  return 0;
}
