// Array methods beyond push/pop/join: the callback methods (forEach, map, filter, reduce, find,
// some, every...) become loops in the caller that call the callback through its own signature;
// the copying and searching methods are loops or runtime calls. JavaScript's rules hold: the
// length is read once for callback methods and elements removed during the walk are skipped.
import ts from "typescript";
import { Expr, Ty, Stmt, Var, F64, INT, BOOL, VAL, VOID, isRef, Sig, Nul } from "../ir/ir";
import { fail } from "../diag";
import type { FnLower } from "./fn";
import { rt, intRt, local, intLit, bin, f64Lit, seq, stmts, boolLit, arrayElemSize, arrayElemCType, typedKind } from "./build";
import { coerce, truthy, toStr } from "./convert";
import { expr, numExpr, ordered, strictEquals, toNumber } from "./expr";
import { mapType } from "./types";
import { typedElement } from "./access";
import { TAKind, STR } from "../ir/ir";
import * as N from "./numeric";

type ArrTy = Ty & { k: "arr" };

const ct = (elem: Ty): Expr => ({ e: "rt", fn: "@ctype", args: [], ty: elem, pure: true });
// Typed arrays share the callback methods: their elements are read as numbers, their length never changes.
const at = (a: Expr, i: Expr, elem: Ty): Expr => a.ty.k === "typed" ? typedElement(a, i) : rt("YAO_ARR_AT", [ct(elem), a, i], elem, true);
const len = (a: Expr): Expr => intRt(a.ty.k === "typed" ? "YAO_TA_LEN" : "YAO_ARR_LEN", [a], 0, 2 ** 31 - 1);
const assign = (v: Var, e: Expr): Stmt => ({ s: "expr", e: { e: "assign", target: { e: "local", v, ty: v.ty }, v: e, ty: v.ty } });
const decl = (v: Var, init?: Expr): Stmt => ({ s: "decl", v, init });

/** A new, empty array of the given type (the method's result). */
function newArray(t: ArrTy): Expr {
  return rt("YAO_ARR_LIT", [intLit(0)], t);
}

function push(a: Expr, elem: Ty, v: Expr): Stmt {
  return { s: "expr", e: rt("YAO_ARR_PUSH", [ct(elem), a, v], VOID) };
}

/** `for (i = from; i < n && i < a.length; i++) body`: elements removed by the callback are skipped. */
function walk(fx: FnLower, a: Var, i: Var, n: Var, body: Stmt[], from: Expr = intLit(0)): Stmt[] {
  const label = fx.newLabel("walk");
  const cond = bin("&&", bin("<", local(i), local(n), BOOL), bin("<", local(i), len(local(a)), BOOL), BOOL);
  const inc = assign(i, bin("+", local(i), intLit(1), INT));
  return [assign(i, from), { s: "loop", label, cond, body, update: [inc], post: false }];
}

/**
 * A callback value, or a library function passed by name: the conversions String, Number and
 * Boolean (xs.map(String)) and the one-argument Math functions (xs.map(Math.round)), which
 * ignore the index and array arguments they are also given.
 */
interface Callback { fn: Var; sig: Sig; convert?: string }

const CONVERSIONS: Record<string, Ty> = { String: STR, Number: F64, Boolean: BOOL };
const MATH_UNARY: Record<string, string> = {
  abs: "yao_fabs", floor: "yao_floor", ceil: "yao_ceil", round: "yao_round", trunc: "yao_trunc", sign: "yao_sign",
  sqrt: "yao_sqrt", cbrt: "yao_cbrt", exp: "yao_exp", log: "yao_log", log2: "yao_log2", log10: "yao_log10",
  sin: "yao_sin", cos: "yao_cos", tan: "yao_tan", fround: "yao_fround",
};

/** Evaluates the callback argument once; calls use its own signature (it may take fewer parameters). */
function callback(fx: FnLower, node: ts.Expression | undefined, at: ts.Node): { init: Expr; cb: Callback } {
  if (!node) fail(at, "YAO1910", "this array method needs a callback", "");
  const convert = conversionFunction(fx, node);
  if (convert) {
    const ty: Ty = { k: "fn", sig: { params: [VAL], ret: CONVERSIONS[convert] ?? F64 }, nul: 0 };
    return { init: { e: "null", ty }, cb: { fn: fx.temp(ty, "cb"), sig: (ty as { sig: Sig }).sig, convert } };
  }
  const f = expr(fx, node);
  if (f.ty.k !== "fn") fail(node, "YAO1911", "the callback must be a function", "");
  const v = fx.temp(f.ty, "cb");
  return { init: f, cb: { fn: v, sig: f.ty.sig } };
}

/** `String`, `Number` or `Boolean` named as a value, the global conversion functions. */
function conversionFunction(fx: FnLower, node: ts.Expression): string | undefined {
  const name = ts.isIdentifier(node) && node.text in CONVERSIONS ? node : undefined;
  const math = ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Math" &&
    node.name.text in MATH_UNARY ? node.expression : undefined;
  const id = name ?? math;
  const decl = id ? fx.L.symbolOf(id)?.declarations?.[0] : undefined;
  if (!decl?.getSourceFile().isDeclarationFile) return undefined; // a user's own String or Math
  return math ? MATH_UNARY[(node as ts.PropertyAccessExpression).name.text] : name!.text;
}

/** Calls the callback with (element, index, array), passing as many as it declares. */
function invoke(cb: Callback, args: Expr[], at: ts.Node): Expr {
  if (cb.convert === "String") return toStr(args[0], at);
  if (cb.convert === "Number") return toNumber(args[0], at);
  if (cb.convert === "Boolean") return truthy(args[0]);
  if (cb.convert) return rt(cb.convert, [N.toF64(toNumber(args[0], at))], F64, true); // a Math function
  const n = cb.sig.params.length;
  const passed = args.slice(0, n).map((a, k) => coerce(a, cb.sig.params[k], at));
  for (let k = passed.length; k < n; k++) passed.push(undefinedOf(cb.sig.params[k]));
  return { e: "ccall", clo: local(cb.fn), sig: cb.sig, args: passed, ty: cb.sig.ret };
}

function undefinedOf(t: Ty): Expr {
  if (t.k === "val") return rt("yao_val_undef", [], VAL, true);
  return { e: "undef", ty: t };
}

export function arrayCallbackMethod(fx: FnLower, recv: Expr, t: ArrTy, name: string, node: ts.CallExpression, result?: ArrTy): Expr | undefined {
  const args = node.arguments;
  const elem = t.elem;
  switch (name) {
    case "forEach": case "map": case "filter": case "some": case "every": case "find": case "findIndex":
    case "findLast": case "findLastIndex": case "reduce": case "reduceRight": case "flatMap":
      break;
    default: return undefined;
  }
  const a = fx.temp(recv.ty.k === "typed" ? recv.ty : t, "arr"), i = { ...fx.temp(INT, "i"), lo: 0, hi: 2 ** 31 - 1 }, n = { ...fx.temp(INT, "n"), lo: 0, hi: 2 ** 31 - 1 };
  const { init, cb } = callback(fx, args[0], node);
  const head: Stmt[] = [decl(a, recv), decl(cb.fn, init), decl(n, len(local(a))), decl(i)];
  const el = () => at(local(a), local(i), elem);
  const call = () => invoke(cb, [el(), local(i), local(a)], node);
  const want = result ?? mapType(fx.env, fx.checker.getTypeAtLocation(node), node);
  switch (name) {
    case "forEach":
      return stmts([...head, ...walk(fx, a, i, n, [{ s: "expr", e: call() }])], { e: "undef", ty: VOID });
    case "map": {
      if (want.k !== "arr") fail(node, "YAO1912", "map's result is not an array type", "");
      const out = fx.temp(want, "out");
      const body: Stmt[] = [push(local(out), want.elem, coerce(call(), want.elem, node))];
      // JavaScript leaves holes where the callback removed elements; yao arrays cannot hold them
      const shrunk: Stmt = { s: "if", c: bin("<", len(local(out)), local(n), BOOL), then: [{ s: "expr", e: rt("yao_panic", [
        { e: "rt", fn: "@type:\"yao: the map callback removed elements, which would leave holes in the result (yao arrays cannot hold holes)\"", args: [], ty: VOID, pure: true }], VOID) }], else: [] };
      return stmts([...head, decl(out, newArray(want)), ...walk(fx, a, i, n, body), shrunk], local(out));
    }
    case "filter": {
      const out = fx.temp(result ?? t, "out");
      const x = fx.temp(elem, "x");
      const body: Stmt[] = [decl(x, el()), { s: "if", c: truthy(invoke(cb, [local(x), local(i), local(a)], node)), then: [push(local(out), elem, local(x))], else: [] }];
      return stmts([...head, decl(out, newArray(t)), ...walk(fx, a, i, n, body)], local(out));
    }
    case "some": case "every": {
      const r = fx.temp(BOOL, "r");
      const exit = fx.newLabel("found");
      const hit = name === "some" ? truthy(call()) : { e: "un" as const, op: "!", a: truthy(call()), ty: BOOL };
      const body: Stmt[] = [{ s: "if", c: hit, then: [assign(r, boolLit(name === "some")), { s: "break", label: exit }], else: [] }];
      return stmts([...head, decl(r, boolLit(name !== "some")), ...walk(fx, a, i, n, body), { s: "label", label: exit }], local(r));
    }
    case "find": case "findIndex": case "findLast": case "findLastIndex":
      return findLike(fx, name, head, a, i, n, cb, elem, want, node);
    case "reduce": case "reduceRight":
      return reduceLike(fx, name === "reduceRight", head, a, i, n, cb, elem, want, node);
    case "flatMap":
      fail(node, "YAO1913", "flatMap is not supported yet", "map, then concatenate");
  }
  return undefined;
}

function findLike(fx: FnLower, name: string, head: Stmt[], a: Var, i: Var, n: Var, cb: Callback, elem: Ty, want: Ty, node: ts.CallExpression): Expr {
  const index = name === "findIndex" || name === "findLastIndex";
  const last = name === "findLast" || name === "findLastIndex";
  const r: Var = index ? { ...fx.temp(INT, "r"), lo: -1, hi: 2 ** 31 - 1 } : fx.temp(want, "r");
  const exit = fx.newLabel("found");
  // JavaScript visits every index below the starting length; an element removed meanwhile reads as undefined
  const x = fx.temp(isRef(elem) ? { ...elem, nul: (elem.nul | 2) as Nul } : elem.k === "val" ? VAL : VAL, "x");
  const read = rt("YAO_ARR_GET_VAL_OR", [ct(elem), local(a), local(i), { e: "rt", fn: `@type:${boxer(elem)}`, args: [], ty: VOID, pure: true }], VAL, true);
  const value: Expr = a.ty.k === "typed" ? coerce(at(local(a), local(i), elem), VAL, node)
    : isRef(elem) ? rt("YAO_ARR_GET_OR", [ct(elem), local(a), local(i), { e: "undef", ty: x.ty }], x.ty, true) : read;
  const found: Stmt[] = [assign(r, index ? local(i) : coerce(local(x), want, node)), { s: "break", label: exit }];
  const test = truthy(invoke(cb, [local(x), local(i), local(a)], node));
  const body: Stmt[] = [decl(x, value), { s: "if", c: test, then: found, else: [] }];
  const label = fx.newLabel("walk");
  const loop: Stmt = last
    ? { s: "loop", label, cond: bin(">=", local(i), intLit(0), BOOL), body, update: [assign(i, bin("-", local(i), intLit(1), INT))], post: false }
    : { s: "loop", label, cond: bin("<", local(i), local(n), BOOL), body, update: [assign(i, bin("+", local(i), intLit(1), INT))], post: false };
  const start = last ? assign(i, bin("-", local(n), intLit(1), INT)) : assign(i, intLit(0));
  const none = index ? intLit(-1) : coerce({ e: "undef", ty: VOID }, want, node);
  return stmts([...head, decl(r, none), start, loop, { s: "label", label: exit }], local(r));
}

function boxer(elem: Ty): string {
  return elem.k === "bool" ? "yao_val_bool" : elem.k === "val" ? "YAO_VAL_ID" : isRef(elem) ? "yao_val_ref_nul" : "yao_val_num";
}

function reduceLike(fx: FnLower, right: boolean, head: Stmt[], a: Var, i: Var, n: Var, cb: Callback, elem: Ty, want: Ty, node: ts.CallExpression): Expr {
  const acc = fx.temp(cb.sig.params[0] ?? want, "acc");
  const hasInit = node.arguments.length > 1;
  const out: Stmt[] = [...head];
  const label = fx.newLabel("walk");
  const step = assign(acc, coerce(invoke(cb, [local(acc), at(local(a), local(i), elem), local(i), local(a)], node), acc.ty, node));
  const inRange = bin("<", local(i), len(local(a)), BOOL);
  const body: Stmt[] = [{ s: "if", c: inRange, then: [step], else: [] }];
  if (hasInit) {
    out.push(decl(acc, coerce(expr(fx, node.arguments[1]), acc.ty, node.arguments[1])));
    out.push(assign(i, right ? bin("-", local(n), intLit(1), INT) : intLit(0)));
  } else {
    const empty = bin("==", local(n), intLit(0), BOOL);
    out.push({ s: "if", c: empty, then: [{ s: "expr", e: rt("yao_throw_error", [{ e: "rt", fn: "@type:\"TypeError\"", args: [], ty: VOID, pure: true },
      { e: "rt", fn: "@type:\"Reduce of empty array with no initial value\"", args: [], ty: VOID, pure: true }], VOID) }], else: [] });
    out.push(decl(acc, coerce(at(local(a), right ? bin("-", local(n), intLit(1), INT) : intLit(0), elem), acc.ty, node)));
    out.push(assign(i, right ? bin("-", local(n), intLit(2), INT) : intLit(1)));
  }
  const loop: Stmt = right
    ? { s: "loop", label, cond: bin(">=", local(i), intLit(0), BOOL), body, update: [assign(i, bin("-", local(i), intLit(1), INT))], post: false }
    : { s: "loop", label, cond: bin("<", local(i), local(n), BOOL), body, update: [assign(i, bin("+", local(i), intLit(1), INT))], post: false };
  out.push(loop);
  return stmts(out, coerce(local(acc), want.k === "f64" && acc.ty.k === "int" ? F64 : want, node));
}

// ---- copying, searching, reordering -----------------------------------------------------------

const esize = arrayElemSize;
const ekind = (elem: Ty): Expr => ({ e: "rt", fn: "@elemkind", args: [], ty: elem, pure: true });

function optNum(fx: FnLower, node: ts.Expression | undefined, dflt: number): Expr {
  return node ? N.toF64(numExpr(fx, node)) : f64Lit(dflt);
}

export function arrayPlainMethod(fx: FnLower, recv: Expr, t: ArrTy, name: string, node: ts.CallExpression): Expr | undefined {
  const args = node.arguments;
  const elem = t.elem;
  switch (name) {
    case "slice":
      return ordered(fx, [recv, optNum(fx, args[0], 0), args[1] ? N.toF64(numExpr(fx, args[1])) : f64Lit(Infinity)],
        ([a, b, e]) => rt("yao_arr_slice", [a, b, e, esize(elem)], t));
    case "concat": {
      const parts = args.map((x) => {
        const v = expr(fx, x);
        if (v.ty.k === "arr") return coerce(v, t, x);
        return rt("YAO_ARR_LIT", [intLit(1), coerce(v, elem, x)], t);
      });
      return ordered(fx, [recv, ...parts], ([a, ...ps]) => {
        const out = fx.temp(t, "out");
        const body: Stmt[] = [decl(out, rt("yao_arr_slice", [a, f64Lit(0), f64Lit(Infinity), esize(elem)], t))];
        for (const p of ps) body.push({ s: "expr", e: rt("yao_arr_append", [local(out), p, esize(elem)], VOID) });
        return stmts(body, local(out));
      });
    }
    case "reverse": return rt("yao_arr_reverse", [recv, esize(elem)], t);
    case "shift": return popLike(fx, recv, elem, "yao_arr_shift_slot");
    case "unshift": {
      const vals = args.map((x) => coerce(expr(fx, x), elem, x));
      return ordered(fx, [recv, ...vals], ([a, ...xs]) => {
        const arr = fx.temp(t, "arr");
        const body: Stmt[] = [decl(arr, a)];
        xs.forEach((x, k) => body.push({ s: "expr", e: rt("YAO_ARR_INSERT", [ct(elem), local(arr), intLit(k), x], VOID) }));
        return stmts(body, len(local(arr)));
      });
    }
    case "splice": {
      const start = optNum(fx, args[0], 0);
      const count = args.length >= 2 ? N.toF64(numExpr(fx, args[1])) : f64Lit(args.length === 0 ? 0 : Infinity);
      const items = args.slice(2).map((x) => coerce(expr(fx, x), elem, x));
      const itemArr = rt("YAO_ARR_LIT", [intLit(items.length), ...items], t);
      return ordered(fx, [recv, start, count, itemArr], ([a, s, c, it]) => rt("yao_arr_splice", [a, s, c, it, esize(elem)], t));
    }
    case "fill": {
      const v = coerce(args[0] ? expr(fx, args[0]) : { e: "undef", ty: VOID }, elem, node);
      return ordered(fx, [recv, v, optNum(fx, args[1], 0), args[2] ? N.toF64(numExpr(fx, args[2])) : f64Lit(Infinity)], ([a, x, b, e]) => {
        const arr = fx.temp(t, "arr"), val = fx.temp(elem, "v");
        const from = { ...fx.temp(INT, "k"), lo: 0, hi: 2 ** 31 }, to = { ...fx.temp(INT, "end"), lo: 0, hi: 2 ** 31 };
        const label = fx.newLabel("fill");
        const body: Stmt[] = [decl(arr, a), decl(val, x),
          decl(from, intRt("yao_rel_index", [b, len(local(arr))], 0, 2 ** 31)), decl(to, intRt("yao_rel_index", [e, len(local(arr))], 0, 2 ** 31)),
          { s: "loop", label, cond: bin("<", local(from), local(to), BOOL), body: [{ s: "expr", e: rt("YAO_ARR_SET", [ct(elem), local(arr), local(from), local(val)], VOID) }],
            update: [assign(from, bin("+", local(from), intLit(1), INT))], post: false }];
        return stmts(body, local(arr));
      });
    }
    case "at": {
      const k = N.toF64(numExpr(fx, args[0] ?? node));
      return ordered(fx, [recv, k], ([a, x]) => {
        const arr = fx.temp(t, "arr"), idx = fx.temp(INT, "k");
        const want = isRef(elem) ? { ...elem, nul: (elem.nul | 2) as Nul } : VAL;
        const read = isRef(elem) ? rt("YAO_ARR_GET_OR", [ct(elem), local(arr), local(idx), { e: "undef", ty: want }], want, true)
          : rt("YAO_ARR_GET_VAL_OR", [ct(elem), local(arr), local(idx), { e: "rt", fn: `@type:${boxer(elem)}`, args: [], ty: VOID, pure: true }], VAL, true);
        return stmts([decl(arr, a), decl(idx, intRt("yao_at_index", [x, len(local(arr))], -1, 2 ** 31))], read);
      });
    }
    case "indexOf": case "lastIndexOf": case "includes":
      return searchLike(fx, recv, t, name, node);
    case "toString": return rt("yao_arr_join", [recv, { e: "str", id: fx.L.str(","), ty: { k: "str", nul: 0 } }, ekind(elem)], { k: "str", nul: 0 });
    case "sort": return sortArray(fx, recv, t, node);
    case "keys": case "values": case "entries":
      fail(node, "YAO1914", `array.${name}() iterators are not supported yet`, "loop over the indexes");
  }
  return undefined;
}

function popLike(fx: FnLower, recv: Expr, elem: Ty, _fn: string): Expr {
  if (isRef(elem)) {
    const want = { ...elem, nul: (elem.nul | 2) as Nul };
    return rt("YAO_ARR_SHIFT_OR", [ct(elem), recv, { e: "undef", ty: want }], want);
  }
  return rt("YAO_ARR_SHIFT_VAL", [ct(elem), recv, { e: "rt", fn: `@type:${boxer(elem)}`, args: [], ty: VOID, pure: true }], VAL);
}

/** indexOf / lastIndexOf (===, so NaN is never found) and includes (SameValueZero: NaN is). */
function searchLike(fx: FnLower, recv: Expr, t: ArrTy, name: string, node: ts.CallExpression): Expr {
  const elem = t.elem;
  const args = node.arguments;
  const target = coerce(expr(fx, args[0]), elem, args[0]);
  const last = name === "lastIndexOf";
  const from = args[1] ? N.toF64(numExpr(fx, args[1])) : f64Lit(last ? Infinity : 0);
  return ordered(fx, [recv, target, from], ([a, x, f]) => {
    const arr = fx.temp(t, "arr"), v = fx.temp(elem, "v");
    const i = { ...fx.temp(INT, "i"), lo: -1, hi: 2 ** 31 }, r = { ...fx.temp(INT, "r"), lo: -1, hi: 2 ** 31 - 1 };
    const exit = fx.newLabel("found");
    const cur = at(local(arr), local(i), elem);
    let same = strictEquals(fx, cur, local(v), node);
    if (name === "includes" && (elem.k === "f64" || elem.k === "int")) same = bin("||", same, bin("&&", rt("yao_isnan", [cur], BOOL, true), rt("yao_isnan", [local(v)], BOOL, true), BOOL), BOOL);
    if (name === "includes" && elem.k === "val") same = rt("yao_val_same_value_zero", [cur, local(v)], BOOL, true);
    const body: Stmt[] = [{ s: "if", c: same, then: [assign(r, local(i)), { s: "break", label: exit }], else: [] }];
    const label = fx.newLabel("search");
    const loop: Stmt = last
      ? { s: "loop", label, cond: bin(">=", local(i), intLit(0), BOOL), body, update: [assign(i, bin("-", local(i), intLit(1), INT))], post: false }
      : { s: "loop", label, cond: bin("<", local(i), len(local(arr)), BOOL), body, update: [assign(i, bin("+", local(i), intLit(1), INT))], post: false };
    const start = last ? intRt("yao_last_index_start", [f, len(local(arr))], -1, 2 ** 31) : intRt("yao_rel_index", [f, len(local(arr))], 0, 2 ** 31);
    const out = stmts([decl(arr, a), decl(v, x), decl(r, intLit(-1)), decl(i, start), loop, { s: "label", label: exit }], local(r));
    return name === "includes" ? bin(">=", out, intLit(0), BOOL) : out;
  });
}

/** sort: stable; with a comparator the runtime calls back through a generated trampoline. */
/**
 * The callback methods and sort on a typed array (ES2022 23.2.3). Elements are numbers; map and
 * filter give a new typed array of the same kind; sort without a comparator is numeric.
 */
export function typedArrayMethod(fx: FnLower, recv: Expr, ta: TAKind, name: string, node: ts.CallExpression): Expr | undefined {
  const tty: Ty = { k: "typed", ta, nul: 0 };
  const nums: ArrTy = { k: "arr", elem: F64, nul: 0 };
  const kind = typedKind(ta);
  const typedOf = (xs: Expr): Expr => rt("yao_ta_new_from_array", [kind, xs], tty);
  switch (name) {
    case "map": case "filter": {
      const t = fx.temp(tty, "ta");
      const out = arrayCallbackMethod(fx, local(t), nums, name, node, nums)!;
      return stmts([decl(t, recv)], typedOf(out));
    }
    case "sort": {
      if (!node.arguments[0]) return rt("yao_ta_sort_default", [recv], tty);
      const t = fx.temp(tty, "ta");
      const sorted = sortArray(fx, rt("yao_ta_to_array", [local(t)], nums), nums, node);
      return stmts([decl(t, recv)], rt("yao_ta_store_array", [local(t), sorted], tty));
    }
    case "join": case "toString": {
      const sep = name === "join" && node.arguments[0] ? expr(fx, node.arguments[0]) : { e: "str" as const, id: fx.L.str(","), ty: STR };
      return ordered(fx, [recv, sep], ([a, s]) => rt("yao_arr_join", [rt("yao_ta_to_array", [a], nums), s, ekind(F64)], STR));
    }
    case "reverse": return rt("yao_ta_reverse", [recv], tty);
    case "copyWithin": {
      const num = (i: number, d: number) => (node.arguments[i] ? N.toF64(numExpr(fx, node.arguments[i])) : f64Lit(d));
      return ordered(fx, [recv, num(0, 0), num(1, 0), num(2, Infinity)], (xs) => rt("yao_ta_copy_within", xs, tty));
    }
    case "lastIndexOf": {
      const v = N.toF64(numExpr(fx, node.arguments[0]));
      const from = node.arguments[1] ? N.toF64(numExpr(fx, node.arguments[1])) : f64Lit(0);
      return ordered(fx, [recv, v, from], (xs) => intRt("yao_ta_last_index_of", [...xs, boolLit(!!node.arguments[1])], -1, 2 ** 31 - 1));
    }
  }
  const elem = recv.ty.k === "typed" && (ta === "f32" || ta === "f64") ? F64 : INT;
  return arrayCallbackMethod(fx, recv, { k: "arr", elem, nul: 0 }, name, node);
}

function sortArray(fx: FnLower, recv: Expr, t: ArrTy, node: ts.CallExpression): Expr {
  const elem = t.elem;
  const cmpNode = node.arguments[0];
  if (!cmpNode) return rt("yao_arr_sort_default", [recv, ekind(elem)], t);
  const f = expr(fx, cmpNode);
  if (f.ty.k !== "fn") fail(cmpNode, "YAO1911", "the comparator must be a function", "");
  const sig = f.ty.sig;
  return ordered(fx, [recv, f], ([a, c]) => rt("yao_arr_sort", [a, esize(elem), { e: "sortcmp", elem, sig, ty: VOID } as unknown as Expr, c], t));
}

export { seq, VAL, F64 };
