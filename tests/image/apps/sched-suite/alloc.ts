// Allocation from several preempted threads at once: each builds and drops objects, arrays and
// strings on the TypeScript heap (the compiler runtime's allocator and the kernel allocator under
// it) for a while, with 10 ms slices cutting in anywhere; each computes a checksum that does not
// depend on the interleaving, and the main thread checks all of them. Corruption shows as a
// wrong checksum, an allocator fault report or a CPU fault.
import { print } from "../../../../kernel/shim/print";
import { join, spawn, Thread } from "../../../../kernel/shim/threads";
import { activeThreads } from "../../../../kernel/sched/threads";

const WORKERS: i32 = 4;
const ROUNDS: i32 = 60;

class Cell {
  constructor(readonly value: number, readonly next: Cell | null) {}
}

function work(seed: number): number {
  let checksum = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let list: Cell | null = null;
    for (let i = 0; i < 400; i++) list = new Cell(i * seed + round, list);
    for (let c = list; c !== null; c = c.next) checksum = (checksum + c.value) % 1000000007;
    const parts: string[] = [];
    for (let i = 0; i < 60; i++) parts.push(`s${seed}r${round}i${i}`);
    checksum = (checksum + parts.join("+").length) % 1000000007;
    const bytes = new Uint8Array(1000 + round);
    bytes.fill(seed & 0xff);
    checksum = (checksum + bytes[999] + bytes.length) % 1000000007;
  }
  return checksum;
}

export function run(): i32 {
  const results: number[] = [];
  const expected: number[] = [];
  const workers: Thread[] = [];
  for (let w = 0; w < WORKERS; w++) {
    results.push(-1);
    const seed = w + 1;
    workers.push(spawn(() => {
      results[seed - 1] = work(seed);
    }, `allocator-${w}`));
  }
  for (const t of workers) join(t);
  for (let w = 0; w < WORKERS; w++) expected.push(work(w + 1));
  let ok = true;
  for (let w = 0; w < WORKERS; w++) if (results[w] !== expected[w]) ok = false;
  const threads = activeThreads();
  print(`workers ${WORKERS} checksums ${ok ? "match" : "DIFFER"} switches ${threads === null ? 0 : threads.switches}`);
  return ok ? 0 : 1;
}
