// Leaves through the shim's exit(n) before main returns.
import { exit } from "../../../../kernel/shim/shim";
import { print } from "../../../../kernel/shim/print";

export function main(argv: string[]): i32 {
  print("exiting with 5");
  exit(5);
  print("not reached");
  return 0;
}
