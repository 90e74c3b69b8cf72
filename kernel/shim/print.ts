// console.log-style output for applications and the kernel: a string and a newline, UTF-8
// encoded, through the shim's write on fd 1 (print) or fd 2 (printError).

import { encodeUtf8 } from "./format";
import { STDERR_FILENO, STDOUT_FILENO, write } from "./shim";

export function print(text: string): void {
  write(STDOUT_FILENO, line(text));
}

export function printError(text: string): void {
  write(STDERR_FILENO, line(text));
}

function line(text: string): Uint8Array {
  const bytes = encodeUtf8(text, 1);
  bytes[bytes.length - 1] = 0x0a;
  return bytes;
}
