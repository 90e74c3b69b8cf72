// hello: the smallest yao application. kmain calls main with the words of the multiboot command
// line after the image name (`-append "a b"` in QEMU gives ["a", "b"]); it greets through the
// shim's print, and its return value becomes the machine's exit status (0: power off).

import { print } from "../../kernel/shim/print";

export function main(argv: string[]): i32 {
  if (argv.length === 0) print("Hello from yao!");
  else print(`Hello from yao, ${argv.join(" ")}!`);
  return 0;
}
