// Small constructors for IR expressions, shared by every lowering file.
import { Expr, Ty, F64, INT, BOOL, VOID, Var, Stmt, FuncIR } from "../ir/ir";

export const MAX_EXACT = 2 ** 53;

export function num(v: number): Expr {
  if (Number.isInteger(v) && Math.abs(v) <= MAX_EXACT && !Object.is(v, -0)) return intLit(v);
  return { e: "num", v, ty: F64 };
}
export function intLit(v: number): Expr {
  return { e: "int", v, ty: INT, lo: v, hi: v };
}
export function f64Lit(v: number): Expr {
  return { e: "num", v, ty: F64 };
}
export function boolLit(v: boolean): Expr {
  return { e: "bool", v, ty: BOOL };
}
export function rt(fn: string, args: Expr[], ty: Ty, pure = false): Expr {
  return { e: "rt", fn, args, ty, pure };
}
export function intRt(fn: string, args: Expr[], lo: number, hi: number, pure = true): Expr {
  return { e: "rt", fn, args, ty: INT, lo, hi, pure };
}
export function bin(op: string, a: Expr, b: Expr, ty: Ty, lo?: number, hi?: number): Expr {
  return { e: "bin", op, a, b, ty, lo, hi };
}
export function un(op: string, a: Expr, ty: Ty, lo?: number, hi?: number): Expr {
  return { e: "un", op, a, ty, lo, hi };
}
export function cast(a: Expr, ty: Ty): Expr {
  return { e: "cast", a, ty, lo: a.lo, hi: a.hi };
}
export function local(v: Var): Expr {
  return { e: "local", v, ty: v.ty, lo: v.lo, hi: v.hi };
}
export function letIn(v: Var, init: Expr, body: Expr): Expr {
  return { e: "let", v, init, body, ty: body.ty, lo: body.lo, hi: body.hi };
}
export function seq(first: Expr[], last: Expr): Expr {
  if (first.length === 0) return last;
  return { e: "seq", first, last, ty: last.ty, lo: last.lo, hi: last.hi };
}
export function stmts(body: Stmt[], last: Expr): Expr {
  if (body.length === 0) return last;
  return { e: "stmts", body, last, ty: last.ty, lo: last.lo, hi: last.hi };
}
export function voidExpr(): Expr {
  return { e: "rt", fn: "YAO_VOID", args: [], ty: VOID, pure: true };
}
export function call(f: FuncIR, args: Expr[], recv?: Expr): Expr {
  return { e: "call", f, args, recv, ty: f.ret, lo: f.retLo, hi: f.retHi };
}

/** True when evaluating `e` may have an effect another operand could observe. */
export function hasEffects(e: Expr): boolean {
  switch (e.e) {
    case "num": case "int": case "bool": case "str": case "null": case "undef":
    case "local": case "global": case "cap": case "this": case "self": case "fnref": case "shape":
    case "sortcmp": case "replacefn": case "icache":
      return false;
    case "un": return e.op === "++" || e.op === "--" || hasEffects(e.a);
    case "bin": return hasEffects(e.a) || hasEffects(e.b);
    case "cast": return hasEffects(e.a);
    case "rt": return !e.pure || e.args.some(hasEffects);
    case "cond": return hasEffects(e.c) || hasEffects(e.a) || hasEffects(e.b);
    case "boxval": return hasEffects(e.box);
    case "field": return hasEffects(e.obj);
    default: return true;
  }
}

/** True when the value of `e` cannot change while other operands run (constants, locals). */
export function isStable(e: Expr): boolean {
  switch (e.e) {
    case "num": case "int": case "bool": case "str": case "null": case "undef":
    case "this": case "self": case "fnref": case "shape": case "sortcmp": case "replacefn":
      return true;
    case "local": return !e.v.boxed;
    case "cap": return true;
    case "cast": return isStable(e.a);
    case "rt": return !!e.pure && e.args.every(isStable);
    default: return false;
  }
}

export { F64, INT, BOOL, VOID };

/** The C type an array stores elements of type `elem` as (yao.h YAO_EK_*: ints are doubles there). */
export function arrayElemCType(elem: Ty): string {
  switch (elem.k) {
    case "f64": case "int": return "double";
    case "bool": return "bool";
    case "val": return "yao_val";
    default: return "void *";
  }
}

/** sizeof that C type, as a macro argument (yao_arr_slice, yao_arr_new_len, yao_arr_set_length). */
export function arrayElemSize(elem: Ty): Expr {
  return { e: "rt", fn: `@type:sizeof(${arrayElemCType(elem)})`, args: [], ty: VOID, pure: true };
}

/** A typed array's kind code as a macro argument (yao.h YAO_TA_KIND_*). */
export function typedKind(ta: string): Expr {
  return { e: "rt", fn: `@type:YAO_TA_KIND_${ta.toUpperCase()}`, args: [], ty: VOID, pure: true };
}
