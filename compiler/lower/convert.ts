// Conversions between representations at every point where a value flows into a place of
// another type (assignment, argument, return, element store), plus truthiness and the
// JavaScript ToString used by `+` and template literals.
import ts from "typescript";
import { Expr, Ty, F64, BOOL, VAL, VOID, STR, isRef, Nul, Sig } from "../ir/ir";
import { rt, cast, seq, intLit } from "./build";
import { toF64 } from "./numeric";
import { sameTy, sameSig } from "./types";
import { fail } from "../diag";

export function coerce(e: Expr, to: Ty, at: ts.Node): Expr {
  const from = e.ty;
  if (to.k === "void") return e;
  if (from.k === to.k && !isRef(from) && from.k !== "int") return e;
  switch (to.k) {
    case "f64":
      if (from.k === "int") return toF64(e);
      if (from.k === "val") return rt("yao_val_to_f64", [e], F64);
      break;
    case "int":
      if (from.k === "int") return e;
      // only while integer inference is still settling: a marker no finished program contains
      if (from.k === "f64") return rt("yao_unsettled_int", [e], to);
      break;
    case "bool":
      if (from.k === "val") return rt("yao_val_to_bool", [e], BOOL);
      break;
    case "val":
      return toVal(e, at);
    default:
      return coerceRef(e, to, at);
  }
  fail(at, "YAO1100", `cannot convert a ${describe(from)} to a ${describe(to)}`, "add an explicit conversion");
}

function toVal(e: Expr, at: ts.Node): Expr {
  const from = e.ty;
  switch (from.k) {
    case "val": return e;
    case "int": case "f64": return rt("yao_val_num", [toF64(e)], VAL, true);
    case "bool": return rt("yao_val_bool", [e], VAL, true);
    case "void":
      if (e.e === "undef") return rt("yao_val_undef", [], VAL, true);
      return seq([e], rt("yao_val_undef", [], VAL, true));
    default:
      if (e.e === "null") return rt("yao_val_null", [], VAL, true);
      if (e.e === "undef") return rt("yao_val_undef", [], VAL, true);
      return rt(from.nul ? "yao_val_ref_nul" : "yao_val_ref", [cast(e, { k: "obj", nul: from.nul })], VAL, true);
  }
  void at;
}

function coerceRef(e: Expr, to: Ty & { nul: Nul }, at: ts.Node): Expr {
  const from = e.ty;
  if (e.e === "null") return { e: "null", ty: to };
  if (e.e === "undef" || from.k === "void") {
    if (e.e === "undef") return { e: "undef", ty: to };
    return seq([e], { e: "undef", ty: to });
  }
  if (from.k === "val") return rt(to.nul ? "yao_val_to_ref_nul" : "yao_val_to_ref", [e], to);
  if (!isRef(from)) fail(at, "YAO1100", `cannot convert a ${describe(from)} to a ${describe(to)}`, "add an explicit conversion");
  if (from.k === "fn" && to.k === "fn" && !sameSig(from.sig, to.sig)) {
    if (!adaptable(from.sig, to.sig)) {
      fail(at, "YAO1101", "a function value is used with a signature whose values yao cannot convert",
        "make the function's parameter types match the expected function type");
    }
    return { e: "adapt", a: e, from: from.sig, to: to.sig, ty: to };
  }
  if (from.k === "cls" && to.k === "cls" && !isSubclass(from.cls, to.cls)) {
    if (!isSubclass(to.cls, from.cls)) {
      fail(at, "YAO1103", `class ${from.cls.name} is used as class ${to.cls.name}, which it does not extend`,
        "yao classes are nominal: extend the class, or type the value by an interface");
    }
    return rt("YAO_DOWNCAST", [e, { e: "shape", cls: to.cls, ty: VOID }], to);
  }
  if (from.k !== "cls" && to.k === "cls") {
    // a structural value (interface, union) used as a class: check it really is one, loudly
    return rt("YAO_DOWNCAST", [e, { e: "shape", cls: to.cls, ty: VOID }], to);
  }
  if (from.k === "arr" && to.k === "arr" && elemRep(from.elem) !== elemRep(to.elem)) {
    // arrays are shared by reference, so they cannot be converted by copying
    fail(at, "YAO1104", `an array of ${describe(from.elem)} is used as an array of ${describe(to.elem)}, which yao stores differently`,
      "give the array its final type where it is made, e.g. const xs: (string | number)[] = [...]");
  }
  if (sameTy(from, to) && from.nul === to.nul) return e;
  return cast(e, to);
}

/** How an array stores its elements (yao.h YAO_EK_*): arrays of different kinds cannot alias. */
function elemRep(t: Ty): string {
  if (t.k === "f64" || t.k === "int") return "double";
  if (t.k === "bool" || t.k === "val") return t.k;
  return "pointer";
}

function isSubclass(c: import("../ir/ir").ClassIR, of: import("../ir/ir").ClassIR): boolean {
  for (let k: typeof c | null = c; k; k = k.base) if (k === of) return true;
  return false;
}

/** A function of signature `from` can be called as `to` when every value can be converted. */
function adaptable(from: Sig, to: Sig): boolean {
  if (!from.rest !== !to.rest) return false; // packing arguments into a rest array is the caller's job
  for (let i = 0; i < from.params.length; i++) {
    const p = from.params[i];
    if (i < to.params.length) { if (!convertible(to.params[i], p)) return false; }
    else if (!(p.k === "val" || (isRef(p) && p.nul & 2))) return false; // a missing argument is undefined
  }
  if (from.ret.k === "void") return to.ret.k === "void" || to.ret.k === "val" || (isRef(to.ret) && (to.ret.nul & 2) !== 0); // returns undefined
  return to.ret.k === "void" || convertible(from.ret, to.ret);
}

/** Whether the emitter can convert a value of type a to b at run time (adapters). */
export function convertible(a: Ty, b: Ty): boolean {
  if (sameTy(a, b)) return true;
  if (b.k === "val") return a.k !== "void" && a.k !== "fn";
  if (a.k === "val") return b.k === "f64" || b.k === "bool" || (isRef(b) && b.k !== "fn");
  if (isRef(a) && isRef(b)) return a.k === b.k && a.k !== "fn" || b.k === "obj";
  return a.k === "int" && b.k === "f64";
}

/** JavaScript ToBoolean. */
export function truthy(e: Expr): Expr {
  const t = e.ty;
  switch (t.k) {
    case "bool": return e;
    case "int": return { e: "bin", op: "!=", a: e, b: intLit(0), ty: BOOL };
    case "f64": return rt("yao_truthy_f64", [e], BOOL, true);
    case "val": return rt("yao_val_truthy", [e], BOOL, true);
    case "void": return seq([e], { e: "bool", v: false, ty: BOOL });
    case "str": return rt(t.nul ? "yao_str_truthy_nul" : "yao_str_truthy", [e], BOOL, true);
    default: return rt("YAO_NOT_NULLISH", [e], BOOL, true);
  }
}

/** JavaScript ToString for string concatenation and templates (not for objects). */
export function toStr(e: Expr, at: ts.Node): Expr {
  const t = e.ty;
  switch (t.k) {
    case "str": return t.nul ? rt("yao_str_of_nullable", [e], STR) : e;
    case "int": return rt("yao_str_of_int", [e], STR);
    case "f64": return rt("yao_str_of_f64", [e], STR);
    case "bool": return rt("yao_str_of_bool", [e], STR);
    case "val": return rt("yao_str_of_val", [e], STR);
    case "void": return seq([e], rt("yao_str_undefined", [], STR, true));
    case "arr": return rt("yao_str_of_val", [toVal(e, at)], STR);
    default:
      if (e.e === "null") return rt("yao_str_null", [], STR, true);
      if (t.k === "fn") fail(at, "YAO1102", "converting a function to a string is not supported", "print something that describes it");
      // objects: their toString method, an Error's "Name: message", "[object Object]"; typed arrays: joined
      return rt("yao_str_of_val", [toVal(e, at)], STR);
  }
}

export function describe(t: Ty): string {
  switch (t.k) {
    case "f64": case "int": return "number";
    case "bool": return "boolean";
    case "void": return "undefined";
    case "val": return "union value";
    case "str": return "string";
    case "cls": return `${t.cls.name} instance`;
    case "arr": return `${describe(t.elem)}[]`;
    case "typed": return "typed array";
    case "abuf": return "ArrayBuffer";
    case "dview": return "DataView";
    case "fn": return "function";
    case "obj": return "object";
    case "map": return "Map";
    case "set": return "Set";
    case "box": return "box";
    case "raw": return t.c;
  }
}

export { VOID };
