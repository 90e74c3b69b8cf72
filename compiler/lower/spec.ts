// Interprocedural integer inference: a function that is only ever called directly (never used
// as a value, never virtual, never reached through an interface) gets int64_t parameters and an
// int64_t return where every call passes (every return gives) an exact integer, with the joined
// range. Found by lowering the whole program in rounds: each round's call sites and returns are
// the notes for the next round's signatures, until nothing changes (lowerProgram below).
import ts from "typescript";
import { ProgramIR } from "../ir/ir";
import { IntState, AssignNote } from "./intvars";
import { MAX_EXACT } from "./build";
import { Lowerer, Target } from "./lowerer";

const MAX_PROGRAM_ROUNDS = 8;

export class Specialization {
  /**
   * The first round's: nothing has been seen yet, so every candidate starts as an int of empty
   * range (as local variables do, intvars.ts) and the rounds widen it from what is stored and
   * passed. Starting from double would keep a recursive function's parameters and a counter
   * field double forever, since their own values flow back into them.
   */
  constructor(readonly initial = true) {}

  /** Per function declaration: parameter states (undefined entries are not candidates). */
  readonly params = new Map<ts.Node, (IntState | undefined)[]>();
  readonly rets = new Map<ts.Node, IntState>();
  /** Declarations that cannot be specialized (used as values, virtual, structural members). */
  readonly escaping = new Set<ts.Node>();
  /** Class fields (by their declaration's symbol): int when every store is an exact integer. */
  readonly fields = new Map<ts.Symbol, IntState>();
  /** Member names written through interfaces (yao_mset_*): such fields stay doubles. */
  readonly structWrites = new Set<string>();
}

export class SpecNotes {
  readonly params = new Map<ts.Node, AssignNote[][]>();
  readonly rets = new Map<ts.Node, AssignNote[]>();
  readonly escaping = new Set<ts.Node>();
  readonly fields = new Map<ts.Symbol, AssignNote[]>();
  readonly structWrites = new Set<string>();

  field(sym: ts.Symbol, n: AssignNote): void {
    let list = this.fields.get(sym);
    if (!list) this.fields.set(sym, (list = []));
    list.push(n);
  }

  param(decl: ts.Node, i: number, n: AssignNote): void {
    let per = this.params.get(decl);
    if (!per) this.params.set(decl, (per = []));
    (per[i] ??= []).push(n);
  }

  ret(decl: ts.Node, n: AssignNote): void {
    let list = this.rets.get(decl);
    if (!list) this.rets.set(decl, (list = []));
    list.push(n);
  }
}

function join(prev: IntState | undefined, notes: AssignNote[] | undefined, round: number): IntState {
  if (!notes || notes.length === 0) return { int: false, lo: -Infinity, hi: Infinity };
  if (notes.some((n) => !n.int)) return { int: false, lo: -Infinity, hi: Infinity };
  let lo = Infinity, hi = -Infinity;
  for (const n of notes) { lo = Math.min(lo, n.lo); hi = Math.max(hi, n.hi); }
  if (lo < -MAX_EXACT || hi > MAX_EXACT) return { int: false, lo: -Infinity, hi: Infinity };
  if (prev && prev.int && round >= 2 && prev.lo <= prev.hi) {
    if (lo < prev.lo) lo = -MAX_EXACT;
    if (hi > prev.hi) hi = MAX_EXACT;
  }
  if (lo < -MAX_EXACT || hi > MAX_EXACT) return { int: false, lo: -Infinity, hi: Infinity };
  return { int: true, lo, hi };
}

function same(a: IntState | undefined, b: IntState | undefined): boolean {
  if (!a || !b) return a === b;
  return a.int === b.int && (!a.int || (a.lo === b.lo && a.hi === b.hi));
}

/** The next round's specialization from this round's notes; `changed` when anything moved. */
function nextSpec(prev: Specialization, notes: SpecNotes, round: number): { spec: Specialization; changed: boolean } {
  const spec = new Specialization(false);
  let changed = false;
  for (const d of notes.escaping) spec.escaping.add(d);
  if (spec.escaping.size !== prev.escaping.size) changed = true;
  const decls = new Set<ts.Node>([...prev.params.keys(), ...notes.params.keys()]);
  for (const d of decls) {
    if (spec.escaping.has(d)) continue;
    const before = prev.params.get(d) ?? [];
    const per = notes.params.get(d) ?? [];
    const count = Math.max(before.length, per.length);
    const states: (IntState | undefined)[] = [];
    for (let i = 0; i < count; i++) {
      states[i] = join(before[i], per[i], round);
      if (!same(states[i], before[i])) changed = true;
    }
    spec.params.set(d, states);
  }
  for (const [d, ns] of notes.rets) {
    if (spec.escaping.has(d)) continue;
    const st = join(prev.rets.get(d), ns, round);
    if (!same(st, prev.rets.get(d))) changed = true;
    spec.rets.set(d, st);
  }
  for (const d of prev.rets.keys()) if (!notes.rets.has(d) && !spec.escaping.has(d)) changed = true;
  for (const name of notes.structWrites) spec.structWrites.add(name);
  if (spec.structWrites.size !== prev.structWrites.size) changed = true;
  for (const sym of new Set([...prev.fields.keys(), ...notes.fields.keys()])) {
    const st = join(prev.fields.get(sym), notes.fields.get(sym), round);
    if (!same(st, prev.fields.get(sym))) changed = true;
    spec.fields.set(sym, st);
  }
  return { spec, changed };
}

/** Lowers a program to IR, iterating whole-program rounds until signatures settle. */
export function lowerProgram(program: ts.Program, entry: ts.SourceFile, target: Target, root: string): ProgramIR {
  let spec = new Specialization();
  for (let round = 0; ; round++) {
    const L = new Lowerer(program, entry, target, root, spec);
    const ir = L.run();
    if (round >= MAX_PROGRAM_ROUNDS) return new Lowerer(program, entry, target, root, new Specialization(false), true).run();
    const next = nextSpec(spec, L.specNotes, round);
    if (!next.changed) return ir;
    spec = next.spec;
  }
}
