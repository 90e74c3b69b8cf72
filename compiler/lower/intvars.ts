// Integer inference for local number variables (docs/compiler.md, "Numbers").
// A local is kept in an int64_t when every value assigned to it is an int expression whose
// range lies within +-2^53: then the integer equals the double JavaScript would hold. The
// state is found by iterating the lowering of the function: start from empty ranges, join
// the ranges of all assignments, widen a growing side to +-2^53 after a few rounds, and
// demote a variable to double as soon as one assignment is not an exact integer.
// Counter updates (`i++`, `i += k` with |k| <= 2^16) that could pass 2^53 get a run-time
// check (yao_chk53) instead of a demotion; it fails loudly if a count ever gets that far.
import ts from "typescript";
import { MAX_EXACT } from "./build";

export interface IntState {
  int: boolean;
  lo: number;
  hi: number;
}

export interface AssignNote {
  int: boolean;
  lo: number;
  hi: number;
}

export type IntStates = Map<ts.Symbol, IntState>;

export function initialStates(candidates: Iterable<ts.Symbol>): IntStates {
  const m: IntStates = new Map();
  for (const s of candidates) m.set(s, { int: true, lo: Infinity, hi: -Infinity });
  return m;
}

/** One round: the next state from this round's assignments. */
export function nextStates(prev: IntStates, notes: Map<ts.Symbol, AssignNote[]>, round: number): IntStates {
  const next: IntStates = new Map();
  for (const [sym, st] of prev) {
    if (!st.int) { next.set(sym, st); continue; }
    const ns = notes.get(sym) ?? [];
    if (ns.some((n) => !n.int)) { next.set(sym, { int: false, lo: -Infinity, hi: Infinity }); continue; }
    let lo = Infinity, hi = -Infinity;
    for (const n of ns) { lo = Math.min(lo, n.lo); hi = Math.max(hi, n.hi); }
    if (lo < -MAX_EXACT || hi > MAX_EXACT) { next.set(sym, { int: false, lo: -Infinity, hi: Infinity }); continue; }
    if (round >= 3 && st.lo <= st.hi) {
      if (lo < st.lo) lo = -MAX_EXACT;
      if (hi > st.hi) hi = MAX_EXACT;
    }
    if (lo < -MAX_EXACT || hi > MAX_EXACT) { next.set(sym, { int: false, lo: -Infinity, hi: Infinity }); continue; }
    next.set(sym, { int: true, lo, hi });
  }
  return next;
}

export function sameStates(a: IntStates, b: IntStates): boolean {
  for (const [s, x] of a) {
    const y = b.get(s)!;
    if (x.int !== y.int || x.lo !== y.lo || x.hi !== y.hi) return false;
  }
  return true;
}

/** When rounds run out: the variables that still move become doubles (demotion is monotone). */
export function demoteMoving(prev: IntStates, next: IntStates): IntStates {
  const m: IntStates = new Map();
  for (const [s, x] of next) {
    const y = prev.get(s)!;
    const moving = x.int !== y.int || x.lo !== y.lo || x.hi !== y.hi;
    m.set(s, moving ? { int: false, lo: -Infinity, hi: Infinity } : x);
  }
  return m;
}

/** A variable that was never assigned has an empty range: it stays a double. */
export function settle(st: IntStates): IntStates {
  const m: IntStates = new Map();
  for (const [s, x] of st) m.set(s, x.int && x.lo > x.hi ? { int: false, lo: -Infinity, hi: Infinity } : x);
  return m;
}
