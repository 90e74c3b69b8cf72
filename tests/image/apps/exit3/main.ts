// An app whose main returns 3: QEMU must exit with status 3.
import { print } from "../../../../kernel/shim/print";

export function main(argv: string[]): i32 {
  print("returning 3");
  return 3;
}
