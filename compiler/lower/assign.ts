// Assignments: =, compound operators (+= ... >>>=, &&=, ||=, ??=), ++ and --, on variables,
// fields, accessors, structural members, statics and elements. A target's object and index
// are evaluated once, before the right-hand side, as JavaScript does.
import ts from "typescript";
import { Expr, Ty, F64, INT, BOOL, VAL, VOID, isRef, Var, TAKind } from "../ir/ir";
import { fail } from "../diag";
import type { FnLower } from "./fn";
import { rt, local, letIn, intLit, seq, bin, isStable, MAX_EXACT, arrayElemSize } from "./build";
import { coerce, truthy } from "./convert";
import { mapType } from "./types";
import { expr, numExpr, arithmetic, numericOp, concat, ordered, valExpr } from "./expr";
import { findField, methodCall, withTemps, taInfo, entitySymbol, typedCache, TypedCache } from "./access";
import { toStr } from "./convert";
import * as N from "./numeric";
import { settleInt } from "./stmt";
import { builtinAssign } from "./builtins";
import { lowerDestructuringAssign } from "./destructuring-assign";

/** A place that can be read and written, with the temporaries its object and index need. */
interface Place {
  lets: [Var, Expr][];
  read(mode: "value" | "num"): Expr;
  write(v: Expr): Expr; // value of the expression is the stored value as JavaScript sees it
  ty: Ty; // the TypeScript-level type of the place
  sym?: ts.Symbol;
  counter?: boolean; // an int field: `+= k` and `++` may be checked against 2^53 rather than turn it double
}

export function lowerAssign(fx: FnLower, node: ts.BinaryExpression): Expr {
  const K = ts.SyntaxKind;
  const op = node.operatorToken.kind;
  if (ts.isArrayLiteralExpression(node.left) || ts.isObjectLiteralExpression(node.left)) {
    if (op !== K.EqualsToken) fail(node.left, "YAO1410", "a pattern cannot be the target of a compound assignment", "");
    return lowerDestructuringAssign(fx, node as ts.BinaryExpression & { left: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression });
  }
  const place = placeOf(fx, node.left);
  if (op === K.EqualsToken) return bindPlace(place, place.write(expr(fx, node.right)));
  if (op === K.AmpersandAmpersandEqualsToken || op === K.BarBarEqualsToken || op === K.QuestionQuestionEqualsToken) {
    return bindPlace(place, logicalAssign(fx, place, op, node));
  }
  const binop = compoundOperator(op);
  const lt = fx.checker.getTypeAtLocation(node.left);
  if (binop === K.PlusToken && lt.flags & ts.TypeFlags.StringLike) {
    const old = place.read("value");
    const rhs = valExpr(fx, node.right);
    return bindPlace(place, ordered(fx, [old, rhs], ([a, b]) => place.write(concat(toStr(a, node.left), toStr(b, node.right)))));
  }
  const old = place.read("num");
  const rhs = numExpr(fx, node.right);
  return bindPlace(place, ordered(fx, [old, rhs], ([a, b]) => place.write(stepOrOp(fx, place, binop, a, b, node))));
}

/** For `i += k` on a checked integer counter, the update is checked against 2^53. */
function stepOrOp(fx: FnLower, place: Place, op: ts.SyntaxKind, a: Expr, b: Expr, at: ts.Node): Expr {
  const K = ts.SyntaxKind;
  const r = numericOp(op, a, b, at);
  const counter = place.counter || (place.sym !== undefined && fx.candidates.has(place.sym));
  if ((op === K.PlusToken || op === K.MinusToken) && counter && a.ty.k === "int" && b.ty.k === "int" && r.ty.k !== "int" &&
    Math.max(Math.abs(b.lo ?? Infinity), Math.abs(b.hi ?? Infinity)) <= 2 ** 16) {
    const raw = bin(op === K.PlusToken ? "+" : "-", a, b, INT);
    const lo = Math.max(-MAX_EXACT, (a.lo ?? -Infinity) + (op === K.PlusToken ? b.lo ?? 0 : -(b.hi ?? 0)));
    const hi = Math.min(MAX_EXACT, (a.hi ?? Infinity) + (op === K.PlusToken ? b.hi ?? 0 : -(b.lo ?? 0)));
    return { e: "rt", fn: "yao_chk53", args: [raw], ty: INT, lo, hi };
  }
  void fx;
  return r;
}

function compoundOperator(op: ts.SyntaxKind): ts.SyntaxKind {
  const K = ts.SyntaxKind;
  const map: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
    [K.PlusEqualsToken]: K.PlusToken, [K.MinusEqualsToken]: K.MinusToken, [K.AsteriskEqualsToken]: K.AsteriskToken,
    [K.SlashEqualsToken]: K.SlashToken, [K.PercentEqualsToken]: K.PercentToken, [K.AsteriskAsteriskEqualsToken]: K.AsteriskAsteriskToken,
    [K.AmpersandEqualsToken]: K.AmpersandToken, [K.BarEqualsToken]: K.BarToken, [K.CaretEqualsToken]: K.CaretToken,
    [K.LessThanLessThanEqualsToken]: K.LessThanLessThanToken, [K.GreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanToken,
    [K.GreaterThanGreaterThanGreaterThanEqualsToken]: K.GreaterThanGreaterThanGreaterThanToken,
  };
  return map[op]!;
}

function logicalAssign(fx: FnLower, place: Place, op: ts.SyntaxKind, node: ts.BinaryExpression): Expr {
  const K = ts.SyntaxKind;
  const old = place.read("value");
  const t = fx.temp(old.ty, "o");
  let keep: Expr;
  if (op === K.QuestionQuestionEqualsToken) {
    keep = old.ty.k === "val" ? rt("yao_val_is_nullish", [local(t)], BOOL, true) : isRef(old.ty) ? rt("YAO_IS_NULLISH", [local(t)], BOOL, true) : { e: "bool", v: false, ty: BOOL };
    keep = { e: "un", op: "!", a: keep, ty: BOOL };
  } else {
    keep = truthy(local(t));
    if (op === K.AmpersandAmpersandEqualsToken) keep = { e: "un", op: "!", a: keep, ty: BOOL };
  }
  const assigned = place.write(expr(fx, node.right));
  const kept = coerce(local(t), assigned.ty, node);
  return letIn(t, old, { e: "cond", c: keep, a: kept, b: assigned, ty: assigned.ty });
}

export function bindPlace(p: Place, e: Expr): Expr {
  let out = e;
  for (let i = p.lets.length - 1; i >= 0; i--) out = letIn(p.lets[i][0], p.lets[i][1], out);
  return out;
}

/** ++x, x++, --x, x-- */
export function lowerIncDec(fx: FnLower, node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, postfix: boolean): Expr {
  const K = ts.SyntaxKind;
  const inc = node.operator === K.PlusPlusToken;
  const place = placeOf(fx, node.operand);
  const old = place.read("num");
  const t = fx.temp(old.ty, "old");
  t.lo = old.lo; t.hi = old.hi;
  const next = stepOrOp(fx, place, inc ? K.PlusToken : K.MinusToken, local(t), intLit(1), node);
  const written = place.write(next);
  const result = postfix ? seq([written], local(t)) : written;
  return bindPlace(place, letIn(t, old, result));
}

/** Assignment to an arbitrary target with an already lowered value (for-of heads). */
export function lowerAssignTo(fx: FnLower, target: ts.Expression, value: Expr, _at: ts.Node): Expr {
  const place = placeOf(fx, target);
  return bindPlace(place, place.write(value));
}

export function placeOf(fx: FnLower, node: ts.Expression): Place {
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) node = node.expression;
  if (ts.isIdentifier(node)) return varPlace(fx, node);
  if (ts.isPropertyAccessExpression(node)) return propertyPlace(fx, node);
  if (ts.isElementAccessExpression(node)) return elementPlace(fx, node);
  fail(node, "YAO1700", "this expression cannot be assigned to", "");
}

function varPlace(fx: FnLower, id: ts.Identifier): Place {
  const sym = fx.L.symbolOf(id);
  if (!sym) fail(id, "YAO1510", `cannot resolve '${id.text}'`, "");
  const { target, ty } = fx.varTarget(sym, id);
  const declared = mapType(fx.env, fx.checker.getTypeOfSymbolAtLocation(sym, id), id);
  return {
    lets: [], ty: declared, sym,
    read: () => fx.readVar(sym, id),
    write: (v) => {
      fx.noteAssign(sym, v);
      const val = target.e === "local" ? settleInt(v, target.v) : v;
      return { e: "assign", target, v: coerce(val, ty, id), ty: storageResult(ty, val) };
    },
  };
}

/** The type of an assignment's value: the stored type, or the int it was when stored into a double. */
function storageResult(ty: Ty, v: Expr): Ty {
  return ty;
  void v;
}

function stableObj(fx: FnLower, e: Expr, lets: [Var, Expr][]): Expr {
  if (isStable(e) && e.e !== "cast") return e;
  const t = fx.temp(e.ty, "obj");
  lets.push([t, e]);
  return local(t);
}

function propertyPlace(fx: FnLower, node: ts.PropertyAccessExpression): Place {
  const name = node.name.text;
  const base = node.expression;
  const esym = entitySymbol(fx, base);
  if (esym) {
    const sym = esym;
    if (sym && sym.flags & ts.SymbolFlags.Class && !sym.valueDeclaration?.getSourceFile().isDeclarationFile) {
      const member = fx.checker.getSymbolAtLocation(node.name);
      const g = member ? fx.L.globals.get(member) : undefined;
      if (!g) fail(node, "YAO1701", "only static fields can be assigned", "");
      const owner = member?.valueDeclaration?.parent;
      if (owner && ts.isClassDeclaration(owner) && owner.name && base.kind !== ts.SyntaxKind.ThisKeyword &&
        fx.checker.getSymbolAtLocation(owner.name) !== sym) {
        fail(node, "YAO1613", "assigning an inherited static through a subclass would give the subclass its own copy in JavaScript",
          `assign it through the class that declares it: ${owner.name.text}.${name}`);
      }
      return {
        lets: [], ty: g.ty,
        read: () => ({ e: "global", g, ty: g.ty }),
        write: (v) => ({ e: "assign", target: { e: "global", g, ty: g.ty }, v: coerce(v, g.ty, node), ty: g.ty }),
      };
    }
    if (ts.isIdentifier(base) && sym && (sym.valueDeclaration ?? sym.declarations?.[0])?.getSourceFile().isDeclarationFile) {
      return builtinAssign(fx, base.text, name, node);
    }
  }
  const lets: [Var, Expr][] = [];
  const obj = stableObj(fx, expr(fx, base), lets);
  const t = obj.ty;
  const declared = mapType(fx.env, fx.checker.getTypeAtLocation(node), node);
  if (t.k === "cls") {
    const f = findField(t.cls, name);
    if (f) {
      const target = { e: "field" as const, obj, cls: t.cls, f, ty: f.ty, lo: f.lo, hi: f.hi };
      const write = (v: Expr): Expr => {
        fx.L.noteFieldStore(f, v);
        return { e: "assign", target, v: coerce(v, f.ty, node), ty: f.ty };
      };
      return { lets, ty: f.ty, read: () => target, write, counter: f.ty.k === "int" };
    }
    const setter = t.cls.methods.get(`set:${name}`);
    const getter = t.cls.methods.get(`get:${name}`);
    if (setter) {
      return {
        lets, ty: declared,
        read: () => {
          if (!getter) fail(node, "YAO1702", `'${name}' has a setter but no getter`, "");
          return methodCall(getter, obj, []);
        },
        write: (v) => {
          const pty = setter.fn.params[0]?.ty ?? declared;
          const tv = fx.temp(v.ty, "v");
          return letIn(tv, v, seq([methodCall(setter, obj, [coerce(local(tv), pty, node)])], local(tv)));
        },
      };
    }
    if (t.cls.methods.has(`method:${name}`)) fail(node, "YAO1703", "methods cannot be reassigned", "use a field holding a function");
    fail(node, "YAO1704", `'${name}' is not a field of ${t.cls.name}`, "");
  }
  if (t.k === "obj") {
    const sel = fx.L.selector(name);
    return {
      lets, ty: declared,
      read: () => ({ e: "mget", obj, name, sel, ty: declared }),
      write: (v) => {
        fx.L.noteStructWrite(name); // a class field of this name may be written here: it stays a double
        return { e: "mset", obj, name, sel, v: coerce(v, declared, node), ty: declared };
      },
    };
  }
  if (t.k === "arr" && name === "length") return arrayLengthPlace(obj, t.elem, lets, node);
  fail(node, "YAO1705", `property '${name}' of a ${t.k} cannot be assigned`, "");
}

/** `a.length = n`: truncates; RangeError for a length that is not an integer in [0, 2^32); growing would leave holes (stops). */
function arrayLengthPlace(obj: Expr, elem: Ty, lets: [Var, Expr][], node: ts.Node): Place {
  const esize = arrayElemSize(elem);
  return {
    lets, ty: F64,
    read: () => ({ ...rt("YAO_ARR_LEN", [obj], INT, true), lo: 0, hi: 2 ** 31 - 1 }),
    write: (v) => rt("yao_arr_set_length", [obj, coerce(v, F64, node), esize], F64),
  };
}

function elementPlace(fx: FnLower, node: ts.ElementAccessExpression): Place {
  const lets: [Var, Expr][] = [];
  const obj = stableObj(fx, expr(fx, node.expression), lets);
  let idx = numExpr(fx, node.argumentExpression);
  if (idx.ty.k !== "int") idx = { e: "rt", fn: "yao_index", args: [idx], ty: INT, lo: -1, hi: 2 ** 53 };
  idx = stableObj(fx, idx, lets);
  const t = obj.ty;
  const cache = t.k === "typed" ? typedCache(fx, node.expression) : undefined;
  if (cache && t.k === "typed") {
    const info = taInfo(t.ta);
    const data = local(cache.data), len = local(cache.len);
    return {
      lets, ty: F64,
      read: (mode) => (mode === "num"
        ? rt("YAO_TC_GET_OR", [data, len, obj, idx, { e: "num", v: NaN, ty: F64 }], F64, true)
        : { e: "rt", fn: "YAO_TC_GET_STRICT", args: [data, len, obj, idx], ty: info.float ? F64 : INT, lo: info.float ? undefined : info.lo, hi: info.float ? undefined : info.hi }),
      write: (v) => typedStore(fx, t.ta, obj, idx, v, node, cache),
    };
  }
  if (t.k === "typed") {
    const info = taInfo(t.ta);
    const ctype: Expr = { e: "rt", fn: `@type:${info.c}`, args: [], ty: VOID, pure: true };
    return {
      lets, ty: F64,
      read: (mode) => (mode === "num"
        ? rt("YAO_TA_GET_OR", [ctype, obj, idx, { e: "num", v: NaN, ty: F64 }], F64, true)
        : { e: "rt", fn: "YAO_TA_GET_STRICT", args: [ctype, obj, idx], ty: info.float ? F64 : INT, lo: info.float ? undefined : info.lo, hi: info.float ? undefined : info.hi }),
      write: (v) => typedStore(fx, t.ta, obj, idx, v, node),
    };
  }
  if (t.k === "arr") {
    const elem = t.elem;
    const ct: Expr = { e: "rt", fn: "@ctype", args: [], ty: elem, pure: true };
    return {
      lets, ty: elem,
      read: (mode) => (mode === "num" && !isRef(elem) && elem.k !== "val"
        ? rt("YAO_ARR_GET_OR", [ct, obj, idx, { e: "num", v: NaN, ty: F64 }], F64, true)
        : rt(isRef(elem) || elem.k === "val" ? "YAO_ARR_GET_OR" : "YAO_ARR_GET_STRICT",
          isRef(elem) ? [ct, obj, idx, { e: "undef", ty: elem }] : elem.k === "val" ? [ct, obj, idx, rt("yao_val_undef", [], VAL, true)] : [ct, obj, idx], elem)),
      write: (v) => {
        const cv = coerce(v, elem, node);
        return withTemps(fx, [cv], ([x]) => seq([rt("YAO_ARR_SET", [ct, obj, idx, x], VOID)], x));
      },
    };
  }
  fail(node, "YAO1706", `elements of a ${t.k} cannot be assigned`, t.k === "str" ? "strings are immutable" : "");
}

/** Typed-array store: JavaScript converts with ToInt32/ToUint8Clamp/ToFloat32; out of range is ignored. */
function typedStore(fx: FnLower, ta: TAKind, obj: Expr, idx: Expr, v: Expr, at: ts.Node, cache?: TypedCache): Expr {
  const info = taInfo(ta);
  const ctype: Expr = { e: "rt", fn: `@type:${info.c}`, args: [], ty: VOID, pure: true };
  const value = v.ty.k === "int" || v.ty.k === "f64" ? v : coerce(v, F64, at);
  return withTemps(fx, [value], ([x]) => {
    let conv: Expr;
    if (info.float) conv = N.toF64(x);
    else if (ta === "u8c") conv = x.ty.k === "int" ? rt("YAO_CLAMP_U8_INT", [x], INT, true) : rt("yao_clamp_u8", [x], INT, true);
    else conv = x.ty.k === "int" ? x : N.toInt32(x);
    if (cache) return seq([rt("YAO_TC_SET", [ctype, local(cache.data), local(cache.len), obj, idx, conv], VOID)], x);
    return seq([rt("YAO_TA_SET", [ctype, obj, idx, conv], VOID)], x);
  });
}

export { F64, INT, BOOL, VAL, arithmetic, N };
