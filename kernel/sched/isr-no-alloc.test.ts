// STYLE.md rule 5 checked on the compiled kernel: a function that runs in interrupt context
// (its name ends in Isr) allocates nothing, nor does anything it calls directly or through a
// closure the compiler can name. Interrupt handlers interrupt the allocator, which is not
// reentrant, so one allocation there corrupts the heap. The test compiles apps/threads for the
// x86_64 target (C only, no gcc), builds the call graph of the C functions, and looks for the
// runtime's allocating entry points in every function reachable from an Isr. Calls through an
// interface go through the runtime's member lookup and are not followed; the classes behind the
// kernel's interrupt-time interfaces (the policies, the PIC's ports) are Isr-named or checked
// by name below.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { compileToC } from "../../compiler/driver";
import { selectModules } from "../../tools/build/modules";

const root = path.resolve(__dirname, "../..");
const ALLOCATING = /\b(yao_alloc\w*|yao_str_\w+|yao_adapt|YAO_BOX_NEW|YAO_BOX_COPY|yao_arr_\w+|yao_ta_new\w*|yao_abuf_new\w*|YAO_ARR_LIT|YAO_ARR_PUSH|YAO_FROM_CHAR_CODES)\b/;
/** Methods reached through interfaces from interrupt context, by C name suffix. */
const INTERFACE_TARGETS = [
  "PreemptScheduler__enqueue", "PreemptScheduler__pickNext", "PreemptScheduler__preempts", "PreemptScheduler__tickIsr",
  "PreemptScheduler__dispatched", "PreemptScheduler__hasRunnable", "X86Ports__out8", "X86Ports__in8",
  "X86Interrupts__inHandler", "X86Preemption__requestIsr", "X86Preemption__depth", "X86Tsc__read", "X86Tsc__bootValue",
  "X86Contexts__switchTo",
];

function functions(c: string): Map<string, string> {
  const found = new Map<string, string>();
  const re = /\n[A-Za-z_][^\n;{}]*?\b([A-Za-z_]\w*)\(([^;{}]*)\) \{\n([\s\S]*?)\n\}\n/g;
  for (let m = re.exec(c); m !== null; m = re.exec(c)) found.set(m[1], m[3]);
  return found;
}

test("nothing that runs in interrupt context allocates", () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "yao-isr-"));
  try {
    selectModules("threads", "sched=preempt", root, outDir);
    const { c } = compileToC(path.join(outDir, "entry.ts"), { target: "x86_64", root });
    const fns = functions(c);
    const roots = [...fns.keys()].filter((n) => /Isr(__lambda\w*)?$/.test(n) || INTERFACE_TARGETS.some((t) => n.endsWith(t)));
    expect(roots.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    const queue = [...roots];
    const offenders: string[] = [];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const body = fns.get(name)!;
      const hit = ALLOCATING.exec(body);
      if (hit) offenders.push(`${name} calls ${hit[1]}`);
      for (const call of body.matchAll(/\b([A-Za-z_]\w*)\(/g)) if (fns.has(call[1]) && !seen.has(call[1])) queue.push(call[1]);
    }
    expect(offenders).toEqual([]);
    expect(seen.has("kernel_sched_threads__ThreadSystem__tickIsr")).toBe(true);
    expect(seen.has("kernel_drivers_irq_lines__IrqLines__dispatchIsr")).toBe(true);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}, 120000);
