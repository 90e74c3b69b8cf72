// Allocation-heavy: builds and drops many objects, arrays and strings on the TypeScript heap,
// which runs on the selected allocator, and checks the results.
import { print } from "../../../../kernel/shim/print";

class Node {
  constructor(readonly value: number, readonly next: Node | null) {}
}

export function main(argv: string[]): i32 {
  let checksum = 0;
  for (let round = 0; round < 50; round++) {
    let list: Node | null = null;
    for (let i = 0; i < 1000; i++) list = new Node(i * round, list);
    for (let n = list; n !== null; n = n.next) checksum = (checksum + n.value) % 1000000007;
    const parts: string[] = [];
    for (let i = 0; i < 100; i++) parts.push(`r${round}i${i}`);
    checksum = (checksum + parts.join(",").length) % 1000000007;
    const bytes = new Uint8Array(4096 + round);
    bytes.fill(round & 0xff);
    checksum = (checksum + bytes[100] + bytes.length) % 1000000007;
  }
  print(`checksum ${checksum}`);
  return 0;
}
