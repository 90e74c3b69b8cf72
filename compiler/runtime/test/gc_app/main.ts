// gc_app: the collector on metal (compiler/runtime/gc.test.ts boots it in 16 MiB of RAM). It
// allocates about 100 MiB in total (lists, strings, arrays, typed arrays) while keeping a small
// set alive, so it can only finish if memory is reclaimed; then it checks what it kept.
import { print } from "../../../../kernel/shim/print";

class Entry {
  constructor(
    public next: Entry | null,
    readonly id: number,
    readonly label: string,
    readonly bytes: Uint8Array,
  ) {}
}

function churn(round: number): number {
  let garbage: Entry | null = null;
  let total = 0;
  for (let i = 0; i < 4000; i++) {
    garbage = new Entry(i % 100 === 0 ? null : garbage, i, `g${round}.${i}`, new Uint8Array(16 + (i % 64)));
    total += garbage.label.length;
  }
  const parts: string[] = [];
  for (let i = 0; i < 300; i++) parts.push(`p${i}`);
  return total + parts.join("-").length;
}

export function main(argv: string[]): i32 {
  let kept: Entry | null = null;
  let count = 0;
  let total = 0;
  for (let round = 0; round < 120; round++) {
    total += churn(round);
    const bytes = new Uint8Array(32);
    bytes.fill(round & 0xff);
    kept = new Entry(kept, round, `kept${round}`, bytes);
    count++;
  }
  let seen = 0;
  for (let e = kept; e !== null; e = e.next) {
    if (e.label !== `kept${e.id}` || e.bytes[31] !== (e.id & 0xff)) {
      print(`entry ${e.id} is damaged`);
      return 2;
    }
    seen++;
  }
  print(`gc_app: kept ${seen} of ${count}, churned ${total}`);
  return seen === count ? 0 : 3;
}
