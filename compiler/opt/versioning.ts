// Loop versioning for typed-array bounds checks. In an innermost counting loop
//
//   for (let j = ...; j < n; j++) c[base1 + j] += x * b[base2 + j];
//
// each typed-array access checks its index (JavaScript reads undefined and ignores stores out
// of range), and the checks keep gcc from vectorizing. When every index is `base + j` with a
// base the loop does not change, one test before the loop decides whether all of them are in
// range for every j the loop can take (j from its value at entry up to n - 1):
//
//   if (base1 + j >= 0 && base1 + n <= c.length && ...) { the loop without checks }
//   else { the loop as written }
//
// Both copies compute the same thing; the first only where the checks could not fail. Loops
// with nested loops, labels, switches or try blocks are left alone (their labels would be
// duplicated), as are counters that the body assigns.
import { Expr, FuncIR, ProgramIR, Stmt, Var, BOOL, INT } from "../ir/ir";

/** The entry: versions the qualifying loops of every function, in place. */
export function versionLoops(program: ProgramIR): void {
  for (const f of program.funcs) f.body = versionIn(f.body, f);
}

type Access = { fn: string; data: Expr; len: Expr; base: Expr | null };

function versionIn(body: Stmt[], f: FuncIR): Stmt[] {
  return body.map((s) => versionStmt(s, f));
}

function versionStmt(s: Stmt, f: FuncIR): Stmt {
  switch (s.s) {
    case "if": return { ...s, then: versionIn(s.then, f), else: versionIn(s.else, f) };
    case "block": return { ...s, body: versionIn(s.body, f) };
    case "labeled": return { ...s, body: versionIn(s.body, f) };
    case "try": return { ...s, body: versionIn(s.body, f), onThrow: versionIn(s.onThrow, f) };
    case "switch": return { ...s, cases: s.cases.map((c) => ({ ...c, body: versionIn(c.body, f) })) };
    case "loop": return hasInnerControl(s.body) || hasInnerControl(s.update) ? { ...s, body: versionIn(s.body, f) } : versionLoop(s);
    default: return s;
  }
}

/** Statements (anywhere inside, also in statement expressions) that define labels. */
function hasInnerControl(x: unknown): boolean {
  const o = x as { s?: string };
  if (o && (o.s === "loop" || o.s === "switch" || o.s === "labeled" || o.s === "label" || o.s === "try")) return true;
  return children(x).some(hasInnerControl);
}

/**
 * The IR nodes inside a node: arrays, expressions, statements, switch cases. Not Vars, types,
 * functions, classes or globals (they have `cname` or `k`): those are references, not children.
 */
function children(x: unknown): unknown[] {
  if (!x || typeof x !== "object") return [];
  if (Array.isArray(x)) return x;
  return Object.entries(x as object).filter(([k, v]) => k !== "ty" && isNode(v)).map(([, v]) => v);
}

function isNode(v: unknown): boolean {
  return !!v && typeof v === "object" && (Array.isArray(v) || (!("cname" in v) && !("k" in v)));
}

function versionLoop(loop: Stmt & { s: "loop" }): Stmt {
  if (loop.post || !loop.cond) return loop;
  const counter = countedBy(loop);
  if (!counter) return loop;
  const { j, bound } = counter;
  const assigned = assignedVars(loop);
  const step = stepOf(loop, j);
  if (!step || !invariant(step, assigned) || !invariant(bound, assigned)) return loop;
  const accesses = collectAccesses(loop.body, j, assigned, new Map());
  if (accesses === null || accesses.length === 0) return loop;
  const jv: Expr = { e: "local", v: j, ty: INT };
  // j only grows (step >= 1) and stays below bound: every index lies in [base + j, base + bound)
  const guard = accesses
    .map((a) => and(cmp(">=", add(a.base, jv), zero()), cmp("<=", add(a.base, bound), a.len)))
    .reduce((x, y) => and(x, y), cmp(">=", step, one()));
  const fast = relabel(uncheck(loop, j, assigned), loop.label);
  return { s: "if", c: guard, then: [fast], else: [loop] };
}

/** `j < bound` with j an int local: the counter and its bound. */
function countedBy(loop: Stmt & { s: "loop" }): { j: Var; bound: Expr } | undefined {
  const c = loop.cond!;
  if (c.e !== "bin" || c.op !== "<" || c.a.e !== "local" || c.a.ty.k !== "int" || c.b.ty.k !== "int") return undefined;
  return { j: c.a.v, bound: c.b };
}

/** Every local the loop assigns or declares (declared ones change from one iteration to the next). */
function assignedVars(x: unknown, out = new Set<Var>()): Set<Var> {
  const o = x as { e?: string; s?: string; target?: { e: string; v?: Var }; v?: Var };
  if (o && o.e === "assign" && o.target?.e === "local" && o.target.v) out.add(o.target.v);
  if (o && (o.s === "decl" || o.e === "let") && o.v) out.add(o.v);
  for (const c of children(x)) assignedVars(c, out);
  return out;
}

/** The counter's step: j is assigned only by the update, to itself plus this (an int). */
function stepOf(loop: Stmt & { s: "loop" }, j: Var): Expr | undefined {
  if (assignedVars(loop.body).has(j) || assignedVars(loop.cond).has(j)) return undefined;
  const writes: Expr[] = [];
  const lets = new Map<Var, Expr>();
  const visit = (x: unknown): void => {
    const o = x as Expr;
    if (o && o.e === "let") lets.set(o.v, o.init);
    if (o && o.e === "assign" && o.target.e === "local" && o.target.v === j) writes.push(o.v);
    children(x).forEach(visit);
  };
  visit(loop.update);
  if (writes.length !== 1) return undefined;
  let w = writes[0];
  if (w.e === "rt" && w.fn === "yao_chk53") w = w.args[0];
  if (w.e !== "bin" || w.op !== "+" || w.b.ty.k !== "int") return undefined;
  const from = w.a.e === "local" && lets.has(w.a.v) ? lets.get(w.a.v)! : w.a;
  return from.e === "local" && from.v === j ? w.b : undefined;
}

/** Made of literals and locals the loop does not assign, with arithmetic. */
function invariant(e: Expr, assigned: Set<Var>): boolean {
  switch (e.e) {
    case "int": return true;
    case "local": return !assigned.has(e.v) && !e.v.boxed;
    case "bin": return ["+", "-", "*"].includes(e.op) && e.ty.k === "int" && invariant(e.a, assigned) && invariant(e.b, assigned);
    case "cast": return e.ty.k === "int" && e.a.ty.k === "int" && invariant(e.a, assigned);
    default: return false;
  }
}

const CHECKED = new Set(["YAO_TC_GET_OR", "YAO_TC_GET_STRICT", "YAO_TC_SET"]);

/**
 * The checked typed-array accesses of the body, each with the invariant base of its index
 * (`base + j`, `j + base` or `j`); null when some checked access has another index, or the
 * array's cached data or length is not invariant (then the loop is not versioned).
 */
function collectAccesses(x: unknown, j: Var, assigned: Set<Var>, lets: Map<Var, Expr>): Access[] | null {
  const out: Access[] = [];
  let ok = true;
  const visit = (y: unknown): void => {
    if (!ok) return;
    const o = y as Expr;
    if (o && o.e === "let") lets.set(o.v, o.init);
    if (o && o.e === "rt" && CHECKED.has(o.fn)) {
      const [data, len, , idx] = o.fn === "YAO_TC_SET" ? o.args.slice(1) : o.args;
      const base = baseOf(resolve(idx, lets), j, assigned);
      if (base === undefined || !invariant(data, assigned) || !invariant(len, assigned) && len.e !== "local") { ok = false; return; }
      if (len.e === "local" && assigned.has(len.v)) { ok = false; return; }
      out.push({ fn: o.fn, data, len, base });
    }
    children(y).forEach(visit);
  };
  visit(x);
  return ok ? out : null;
}

function resolve(e: Expr, lets: Map<Var, Expr>): Expr {
  return e.e === "local" && lets.has(e.v) ? resolve(lets.get(e.v)!, lets) : e;
}

/** For an index `base + j` (or `j + base`, or `j`): the base (null for 0); undefined otherwise. */
function baseOf(idx: Expr, j: Var, assigned: Set<Var>): Expr | null | undefined {
  const isJ = (e: Expr) => e.e === "local" && e.v === j;
  if (isJ(idx)) return null;
  if (idx.e !== "bin" || idx.op !== "+" || idx.ty.k !== "int") return undefined;
  if (isJ(idx.b) && invariant(idx.a, assigned)) return idx.a;
  if (isJ(idx.a) && invariant(idx.b, assigned)) return idx.b;
  return undefined;
}

/** The loop with its checked accesses of the form base + j replaced by plain C indexing. */
function uncheck(loop: Stmt & { s: "loop" }, j: Var, assigned: Set<Var>): Stmt & { s: "loop" } {
  const lets = new Map<Var, Expr>();
  const rewrite = (x: unknown): unknown => {
    if (!isNode(x)) return x;
    if (Array.isArray(x)) return x.map(rewrite);
    const o = x as Expr;
    if (o.e === "let") lets.set(o.v, o.init);
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) copy[k] = k === "ty" ? v : rewrite(v);
    const c = copy as Expr;
    if (c.e === "rt" && CHECKED.has(c.fn)) {
      const set = c.fn === "YAO_TC_SET";
      const [data, , , idx] = set ? c.args.slice(1) : c.args;
      if (baseOf(resolve(idx, lets), j, assigned) !== undefined) {
        return set ? { ...c, fn: "YAO_TC_PUT", args: [c.args[0], data, idx, c.args[5]] } : { ...c, fn: "YAO_TC_AT", args: [data, idx] };
      }
    }
    return c;
  };
  return rewrite(loop) as Stmt & { s: "loop" };
}

/** The copy's labels: `L` becomes `L_v` (C labels are per function). */
function relabel(loop: Stmt & { s: "loop" }, label: string): Stmt {
  const to = `${label}_v`;
  const visit = (x: unknown): void => {
    const o = x as { s?: string; label?: string };
    if (o && (o.s === "break" || o.s === "continue") && o.label?.startsWith(`${label}_`)) o.label = to + o.label.slice(label.length);
    children(x).forEach(visit);
  };
  visit(loop.body);
  visit(loop.update);
  return { ...loop, label: to };
}

const zero = (): Expr => ({ e: "int", v: 0, ty: INT, lo: 0, hi: 0 });
const one = (): Expr => ({ e: "int", v: 1, ty: INT, lo: 1, hi: 1 });
const add = (a: Expr | null, b: Expr): Expr => (a ? { e: "bin", op: "+", a, b, ty: INT } : b);
const cmp = (op: string, a: Expr, b: Expr): Expr => ({ e: "bin", op, a, b, ty: BOOL });
const and = (a: Expr, b: Expr): Expr => ({ e: "bin", op: "&&", a, b, ty: BOOL });
