// The supported slice of JavaScript's library, lowered to runtime calls: console, Math,
// Number, String, parseInt/parseFloat, process, number/string/array/typed-array/DataView
// methods, and the builtin constructors. Anything not listed here is rejected with YAO1900.
import ts from "typescript";
import { Expr, Ty, F64, INT, BOOL, VAL, VOID, STR, isRef, Var, TAKind, Stmt } from "../ir/ir";
import { fail } from "../diag";
import type { FnLower } from "./fn";
import { rt, intRt, local, letIn, intLit, seq, f64Lit, num, stmts, arrayElemSize, typedKind } from "./build";
import { coerce, toStr } from "./convert";
import { mapType, typedArrayKinds } from "./types";
import { expr, numExpr, valExpr, ordered, int32Expr, toNumber, truthyExpr, arrayOf } from "./expr";
import * as N from "./numeric";
import { withTemps, taInfo } from "./access";
import { arrayCallbackMethod, arrayPlainMethod, typedArrayMethod } from "./arrays";
import { mapMethod, newMapOrSet, mapIterable, mapLoop, mapItem, forEachItem } from "./maps";
import { jsonParse } from "./json";

function taInfoSize(k: TAKind): number {
  return { i8: 1, u8: 1, u8c: 1, i16: 2, u16: 2, i32: 4, u32: 4, f32: 4, f64: 8 }[k];
}

function unsupported(at: ts.Node, what: string): never {
  fail(at, "YAO1900", `${what} is not supported`, "see docs/compiler.md for the supported library");
}

// ---- properties ------------------------------------------------------------------------------

const MATH_CONST: Record<string, number> = {
  PI: Math.PI, E: Math.E, LN2: Math.LN2, LN10: Math.LN10, LOG2E: Math.LOG2E, LOG10E: Math.LOG10E,
  SQRT2: Math.SQRT2, SQRT1_2: Math.SQRT1_2,
};
const NUMBER_CONST: Record<string, number> = {
  MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER, MIN_SAFE_INTEGER: Number.MIN_SAFE_INTEGER,
  MAX_VALUE: Number.MAX_VALUE, MIN_VALUE: Number.MIN_VALUE, EPSILON: Number.EPSILON,
  POSITIVE_INFINITY: Infinity, NEGATIVE_INFINITY: -Infinity, NaN: NaN,
};

export function builtinProperty(fx: FnLower, ns: string, name: string, at: ts.Node): Expr {
  if (ns === "Math" && name in MATH_CONST) return f64Lit(MATH_CONST[name]);
  if (typedArrayKinds[ns] && name === "BYTES_PER_ELEMENT") return intLit(taInfoSize(typedArrayKinds[ns]));
  if (ns === "Number" && name in NUMBER_CONST) return num(NUMBER_CONST[name]);
  if (ns === "process" && name === "argv") return rt("yao_process_argv", [], { k: "arr", elem: STR, nul: 0 });
  if (ns === "process" && name === "exitCode") return rt("yao_get_exit_code", [], VAL);
  void fx;
  unsupported(at, `${ns}.${name}`);
}

export function builtinAssign(fx: FnLower, ns: string, name: string, at: ts.Node) {
  if (ns === "process" && name === "exitCode") {
    return {
      lets: [] as [Var, Expr][], ty: VAL as Ty,
      read: () => rt("yao_get_exit_code", [], VAL),
      write: (v: Expr) => rt("yao_set_exit_code", [coerce(v, VAL, at)], VAL),
    };
  }
  void fx;
  unsupported(at, `assigning ${ns}.${name}`);
}

// ---- global and namespace functions ---------------------------------------------------------

type Lowering = (fx: FnLower, node: ts.CallExpression) => Expr;

const f64fn = (c: string): Lowering => (fx, node) => ordered(fx, node.arguments.map((a) => numExpr(fx, a)), (xs) => rt(c, xs.map(N.toF64), F64, true));

function arg(fx: FnLower, node: ts.CallExpression, i: number): Expr | undefined {
  return node.arguments[i] ? expr(fx, node.arguments[i]) : undefined;
}

const CALLS: Record<string, Lowering> = {
  "console.log": (fx, n) => consoleLog(fx, n, 1),
  "console.info": (fx, n) => consoleLog(fx, n, 1),
  "console.error": (fx, n) => consoleLog(fx, n, 2),
  "console.warn": (fx, n) => consoleLog(fx, n, 2),
  "console.debug": (fx, n) => consoleLog(fx, n, 1),
  "Math.abs": (fx, n) => unaryInt(fx, n, (x) => x.ty.k === "int" ? intRt("YAO_ABS", [x], absLo(x), Math.max(Math.abs(x.lo!), Math.abs(x.hi!))) : rt("yao_fabs", [x], F64, true)),
  "Math.floor": (fx, n) => floorOfQuotient(fx, n) ?? unaryInt(fx, n, (x) => x.ty.k === "int" ? x : rt("yao_floor", [x], F64, true)),
  "Math.ceil": (fx, n) => unaryInt(fx, n, (x) => x.ty.k === "int" ? x : rt("yao_ceil", [x], F64, true)),
  "Math.round": (fx, n) => unaryInt(fx, n, (x) => x.ty.k === "int" ? x : rt("yao_round", [x], F64, true)),
  "Math.trunc": (fx, n) => unaryInt(fx, n, (x) => x.ty.k === "int" ? x : rt("yao_trunc", [x], F64, true)),
  "Math.sign": (fx, n) => unaryInt(fx, n, (x) => x.ty.k === "int" ? intRt("YAO_SIGN", [x], -1, 1) : rt("yao_sign", [x], F64, true)),
  "Math.sqrt": f64fn("yao_sqrt"), "Math.cbrt": f64fn("yao_cbrt"), "Math.exp": f64fn("yao_exp"),
  "Math.expm1": f64fn("yao_expm1"), "Math.log": f64fn("yao_log"), "Math.log2": f64fn("yao_log2"),
  "Math.log10": f64fn("yao_log10"), "Math.log1p": f64fn("yao_log1p"), "Math.sin": f64fn("yao_sin"),
  "Math.cos": f64fn("yao_cos"), "Math.tan": f64fn("yao_tan"), "Math.asin": f64fn("yao_asin"),
  "Math.acos": f64fn("yao_acos"), "Math.atan": f64fn("yao_atan"), "Math.atan2": f64fn("yao_atan2"),
  "Math.sinh": f64fn("yao_sinh"), "Math.cosh": f64fn("yao_cosh"), "Math.tanh": f64fn("yao_tanh"),
  "Math.asinh": f64fn("yao_asinh"), "Math.acosh": f64fn("yao_acosh"), "Math.atanh": f64fn("yao_atanh"),
  "Math.pow": f64fn("yao_pow"), "Math.fround": f64fn("yao_fround"),
  "Math.random": (fx, n) => rt("yao_random", [], F64),
  "Math.hypot": (fx, n) => ordered(fx, n.arguments.map((a) => numExpr(fx, a)), (xs) => rt("YAO_HYPOT", [intLit(xs.length), ...xs.map(N.toF64)], F64, true)),
  "Math.min": (fx, n) => minMax(fx, n, "min"),
  "Math.max": (fx, n) => minMax(fx, n, "max"),
  "Array.isArray": (fx, n) => rt("yao_instanceof_kind", [coerce(valExpr(fx, n.arguments[0]), VAL, n), { e: "rt", fn: "@type:YAO_K_ARRAY", args: [], ty: VOID, pure: true }, intLit(-1)], BOOL, true),
  "Array.from": (fx, n) => arrayFrom(fx, n),
  "Array.of": (fx, n) => {
    const t = mapType(fx.env, fx.checker.getTypeAtLocation(n), n) as Ty & { k: "arr" };
    return ordered(fx, n.arguments.map((a) => coerce(expr(fx, a), t.elem, a)), (xs) => rt("YAO_ARR_LIT", [intLit(xs.length), ...xs], t));
  },
  "Math.imul": (fx, n) => ordered(fx, [int32Expr(fx, n.arguments[0]), int32Expr(fx, n.arguments[1])], ([a, b]) => N.imul(a, b)),
  "Math.clz32": (fx, n) => N.clz32(int32Expr(fx, n.arguments[0])),
  "Number.isInteger": (fx, n) => numPred(fx, n, "yao_is_integer"),
  "Number.isSafeInteger": (fx, n) => numPred(fx, n, "yao_is_safe_integer"),
  "Number.isNaN": (fx, n) => numPred(fx, n, "yao_isnan"),
  "Number.isFinite": (fx, n) => numPred(fx, n, "yao_isfinite"),
  "Number.parseFloat": (fx, n) => parseFloatCall(fx, n),
  "Number.parseInt": (fx, n) => parseIntCall(fx, n),
  "parseFloat": (fx, n) => parseFloatCall(fx, n),
  "encodeURIComponent": (fx, n) => uriCall(fx, n, "yao_encode_uri_component"),
  "encodeURI": (fx, n) => uriCall(fx, n, "yao_encode_uri"),
  "decodeURIComponent": (fx, n) => uriCall(fx, n, "yao_decode_uri_component"),
  "decodeURI": (fx, n) => uriCall(fx, n, "yao_decode_uri"),
  "parseInt": (fx, n) => parseIntCall(fx, n),
  "isNaN": (fx, n) => rt("yao_isnan", [N.toF64(numExpr(fx, n.arguments[0]))], BOOL, true),
  "isFinite": (fx, n) => rt("yao_isfinite", [N.toF64(numExpr(fx, n.arguments[0]))], BOOL, true),
  "Number": (fx, n) => n.arguments.length ? numExpr(fx, n.arguments[0]) : intLit(0),
  "String": (fx, n) => n.arguments.length ? toStr(valExpr(fx, n.arguments[0]), n.arguments[0]) : { e: "str", id: fx.L.str(""), ty: STR },
  "Boolean": (fx, n) => n.arguments.length ? truthyOf(fx, n.arguments[0]) : { e: "bool", v: false, ty: BOOL },
  "String.fromCodePoint": (fx, n) => hasSpread(n) ? rt("yao_str_from_code_point_arr", [numbersOf(fx, n)], STR) : ordered(fx, n.arguments.map((a) => N.toF64(numExpr(fx, a))), (xs) => rt("YAO_FROM_CODE_POINTS", [intLit(xs.length), ...xs], STR)),
  "String.fromCharCode": (fx, n) => hasSpread(n) ? rt("yao_str_from_char_code_arr", [numbersOf(fx, n)], STR) : ordered(fx, n.arguments.map((a) => N.toUint32(int32Expr(fx, a))), (xs) => rt("YAO_FROM_CHAR_CODES", [intLit(xs.length), ...xs], STR)),
  "JSON.stringify": (fx, n) => jsonStringify(fx, n),
  "JSON.parse": (fx, n) => jsonParse(fx, n),
  "process.exit": (fx, n) => rt("yao_process_exit", [n.arguments.length ? coerce(expr(fx, n.arguments[0]), VAL, n) : rt("yao_val_undef", [], VAL, true)], VOID),
};

function jsonStringify(fx: FnLower, n: ts.CallExpression): Expr {
  const [value, replacer, indent] = n.arguments;
  if (replacer && replacer.kind !== ts.SyntaxKind.NullKeyword && !(ts.isIdentifier(replacer) && replacer.text === "undefined")) {
    unsupported(replacer, "a JSON.stringify replacer");
  }
  const v = value ? coerce(valExpr(fx, value), VAL, value) : rt("yao_val_undef", [], VAL, true);
  const ind = indent ? coerce(valExpr(fx, indent), VAL, indent) : rt("yao_val_undef", [], VAL, true);
  return ordered(fx, [v, ind], ([a, b]) => rt("YAO_JSON_STRINGIFY", [a, b], { k: "str", nul: 2 }));
}

function truthyOf(fx: FnLower, a: ts.Expression): Expr {
  return truthyExpr(fx, a);
}

function absLo(x: Expr): number {
  const l = x.lo!, h = x.hi!;
  return l <= 0 && h >= 0 ? 0 : Math.min(Math.abs(l), Math.abs(h));
}

/** Math.floor(a / b) on non-negative ints: integer division (numeric.ts floorDiv), else undefined. */
function floorOfQuotient(fx: FnLower, n: ts.CallExpression): Expr | undefined {
  let arg = n.arguments[0];
  while (arg && ts.isParenthesizedExpression(arg)) arg = arg.expression;
  if (!arg || !ts.isBinaryExpression(arg) || arg.operatorToken.kind !== ts.SyntaxKind.SlashToken) return undefined;
  const [a, b] = [numExpr(fx, arg.left), numExpr(fx, arg.right)];
  return ordered(fx, [a, b], ([x, y]) => N.floorDiv(x, y) ?? rt("yao_floor", [N.div(x, y)], F64, true));
}

function unaryInt(fx: FnLower, n: ts.CallExpression, f: (x: Expr) => Expr): Expr {
  if (!n.arguments[0]) return f64Lit(NaN);
  return f(numExpr(fx, n.arguments[0]));
}

/** Array.from(iterable, mapFn?) and Array.from({ length: n }, mapFn). */
function arrayFrom(fx: FnLower, n: ts.CallExpression, into?: Ty & { k: "arr" }): Expr {
  const t = into ?? mapType(fx.env, fx.checker.getTypeAtLocation(n), n);
  if (t.k !== "arr") unsupported(n, "this Array.from()");
  const [src, fnNode] = n.arguments;
  const out = fx.temp(t, "arr");
  const ct: Expr = { e: "rt", fn: "@ctype", args: [], ty: t.elem, pure: true };
  const body: Stmt[] = [{ s: "decl", v: out, init: rt("YAO_ARR_LIT", [intLit(0)], t) }];
  const f = fnNode ? expr(fx, fnNode) : undefined;
  const cb = f ? fx.temp(f.ty, "fn") : undefined;
  if (f && cb) body.push({ s: "decl", v: cb, init: f });
  const idx = { ...fx.temp(INT, "k"), lo: 0, hi: 2 ** 31 };
  body.push({ s: "decl", v: idx, init: intLit(0) });
  const emit = (item: Expr): Stmt[] => {
    let v = item;
    if (cb && f && f.ty.k === "fn") {
      const sig = f.ty.sig;
      const args = [item, local(idx)].slice(0, sig.params.length).map((a, i) => coerce(a, sig.params[i], n));
      v = { e: "ccall", clo: local(cb), sig, args, ty: sig.ret };
    }
    return [{ s: "expr", e: rt("YAO_ARR_PUSH", [ct, local(out), coerce(v, t.elem, n)], VOID) },
      { s: "expr", e: { e: "assign", target: { e: "local", v: idx, ty: INT }, v: { e: "bin", op: "+", a: local(idx), b: intLit(1), ty: INT }, ty: INT } }];
  };
  if (ts.isObjectLiteralExpression(src) && src.properties.length === 1 && src.properties[0].name?.getText() === "length") {
    const lenInit = (src.properties[0] as ts.PropertyAssignment).initializer;
    const count = fx.temp(INT, "count");
    body.push({ s: "decl", v: count, init: rt("yao_rel_index", [N.toF64(numExpr(fx, lenInit)), intLit(2 ** 30)], INT) });
    body.push({ s: "loop", label: fx.newLabel("from"), cond: { e: "bin", op: "<", a: local(idx), b: local(count), ty: BOOL }, body: emit(rt("yao_val_undef", [], VAL, true)), update: [], post: false });
    return stmts(body, local(out));
  }
  const mi = mapIterable(fx, src);
  if (mi) body.push(...mapLoop(fx, mi.coll, mi.t, fx.newLabel("from"), (k, v) => emit(mapItem(mi.walk, mi.t, k, v))));
  else body.push(...forEachItem(fx, expr(fx, src), src, emit));
  return stmts(body, local(out));
}

/** encodeURIComponent(x) and its kin: ToString of the argument ("undefined" when there is none). */
function uriCall(fx: FnLower, n: ts.CallExpression, c: string): Expr {
  const arg = n.arguments[0] ? toStr(valExpr(fx, n.arguments[0]), n.arguments[0]) : rt("yao_str_undefined", [], STR, true);
  return rt(c, [arg], STR);
}

function hasSpread(n: ts.CallExpression): boolean {
  return n.arguments.some((a) => ts.isSpreadElement(a));
}

/** A call's arguments, spread ones expanded, as an array of numbers (ToNumber on each, in order). */
function numbersOf(fx: FnLower, n: ts.CallExpression): Expr {
  return arrayOf(fx, n.arguments, { k: "arr", elem: F64, nul: 0 });
}

function minMax(fx: FnLower, n: ts.CallExpression, which: "min" | "max"): Expr {
  if (n.arguments.length === 1 && ts.isSpreadElement(n.arguments[0])) {
    return minMaxSpread(fx, expr(fx, n.arguments[0].expression), n.arguments[0].expression, which);
  }
  if (hasSpread(n)) { // Math.max(a, ...xs): over all the values, in order
    return minMaxSpread(fx, numbersOf(fx, n), n, which);
  }
  const xs = n.arguments.map((a) => numExpr(fx, a));
  if (xs.length === 0) return f64Lit(which === "min" ? Infinity : -Infinity);
  return ordered(fx, xs, (ys) => {
    if (ys.every((y) => y.ty.k === "int")) {
      return withTemps(fx, ys, (zs) => zs.reduce((acc, z) => intRt(which === "min" ? "YAO_IMIN" : "YAO_IMAX", [acc, z],
        which === "min" ? Math.min(acc.lo!, z.lo!) : Math.max(acc.lo!, z.lo!), which === "min" ? Math.min(acc.hi!, z.hi!) : Math.max(acc.hi!, z.hi!))));
    }
    return ys.map(N.toF64).reduce((acc, z) => rt(which === "min" ? "yao_fmin" : "yao_fmax", [acc, z], F64, true));
  });
}

/** Math.max(...xs): the same as folding Math.max over the items. */
function minMaxSpread(fx: FnLower, items: Expr, src: ts.Expression, which: "min" | "max"): Expr {
  const acc = fx.temp(F64, "acc");
  const body: Stmt[] = [{ s: "decl", v: acc, init: f64Lit(which === "min" ? Infinity : -Infinity) }];
  body.push(...forEachItem(fx, items, src, (item) => [{ s: "expr", e: { e: "assign", target: { e: "local", v: acc, ty: F64 },
    v: rt(which === "min" ? "yao_fmin" : "yao_fmax", [local(acc), N.toF64(toNumber(item, src))], F64, true), ty: F64 } }]));
  return stmts(body, local(acc));
}

function numPred(fx: FnLower, n: ts.CallExpression, c: string): Expr {
  const a = n.arguments[0];
  if (!a) return { e: "bool", v: false, ty: BOOL };
  const t = mapType(fx.env, fx.checker.getTypeAtLocation(a), a);
  if (t.k !== "f64") return rt(`${c}_val`, [coerce(valExpr(fx, a), VAL, a)], BOOL, true);
  return rt(c, [N.toF64(numExpr(fx, a))], BOOL, true);
}

function parseFloatCall(fx: FnLower, n: ts.CallExpression): Expr {
  return rt("yao_parse_float_str", [toStr(valExpr(fx, n.arguments[0]), n.arguments[0])], F64, true);
}

function parseIntCall(fx: FnLower, n: ts.CallExpression): Expr {
  const s = toStr(valExpr(fx, n.arguments[0]), n.arguments[0]);
  const radix = n.arguments[1] ? N.toInt32(int32Expr(fx, n.arguments[1])) : intLit(0);
  return ordered(fx, [s, radix], ([a, b]) => rt("yao_parse_int_str", [a, b], F64, true));
}

function consoleLog(fx: FnLower, node: ts.CallExpression, fd: number): Expr {
  const vals = node.arguments.map((a) => coerce(valExpr(fx, a), VAL, a));
  return ordered(fx, vals, (xs) => rt(xs.length ? "YAO_LOG" : "YAO_LOG0", xs.length ? [intLit(fd), intLit(xs.length), ...xs] : [intLit(fd)], VOID));
}

/** Uint8Array.from(src, mapFn?) and Uint8Array.of(...xs): the numbers as Array.from would give them, then stored. */
function typedFromOrOf(fx: FnLower, name: string, node: ts.CallExpression): Expr | undefined {
  const [ctor, method] = name.split(".");
  const ta = typedArrayKinds[ctor];
  if (!ta || (method !== "from" && method !== "of")) return undefined;
  const nums: Ty & { k: "arr" } = { k: "arr", elem: F64, nul: 0 };
  const values = method === "from" ? arrayFrom(fx, node, nums) : arrayOf(fx, node.arguments, nums);
  const kind = typedKind(ta);
  return rt("yao_ta_new_from_array", [kind, values], { k: "typed", ta, nul: 0 });
}

export function builtinCall(fx: FnLower, name: string, node: ts.CallExpression): Expr {
  const typed = typedFromOrOf(fx, name, node) ?? newError(fx, name, node);
  if (typed) return typed;
  const f = CALLS[name];
  if (!f) unsupported(node, `${name}()`);
  return f(fx, node);
}

// ---- methods on values -------------------------------------------------------------------

export function builtinMethod(fx: FnLower, recv: Expr, name: string, node: ts.CallExpression): Expr {
  const t = recv.ty;
  switch (t.k) {
    case "int": case "f64": return numberMethod(fx, recv, name, node);
    case "str": return stringMethod(fx, recv, name, node);
    case "arr": return arrayMethod(fx, recv, t.elem, name, node);
    case "typed": return typedMethod(fx, recv, t.ta, name, node);
    case "dview": return dataViewMethod(fx, recv, name, node);
    case "map": case "set": return mapMethod(fx, recv, name, node);
  }
  unsupported(node, `method '${name}' on a ${t.k}`);
}

function numberMethod(fx: FnLower, recv: Expr, name: string, node: ts.CallExpression): Expr {
  const a0 = node.arguments[0];
  const intArg = (dflt: number) => (a0 ? N.toInt32(int32Expr(fx, a0)) : intLit(dflt));
  const x = N.toF64(recv);
  switch (name) {
    case "toString": return ordered(fx, [x, intArg(10)], ([v, r]) => rt("yao_num_to_radix_str", [v, r], STR));
    case "toFixed": return ordered(fx, [x, a0 ? N.toF64(numExpr(fx, a0)) : f64Lit(0)], ([v, d]) => rt("yao_num_to_fixed_str", [v, d], STR));
    case "toPrecision":
      if (!a0) return rt("yao_str_of_f64", [x], STR);
      return ordered(fx, [x, N.toF64(numExpr(fx, a0))], ([v, d]) => rt("yao_num_to_precision_str", [v, d], STR));
    case "toExponential":
      return ordered(fx, [x, a0 ? N.toF64(numExpr(fx, a0)) : f64Lit(-1)], ([v, d]) => rt("yao_num_to_exponential_str", [v, d], STR));
    case "valueOf": return recv;
  }
  unsupported(node, `number.${name}()`);
}

function stringMethod(fx: FnLower, recv: Expr, name: string, node: ts.CallExpression): Expr {
  const args = node.arguments;
  switch (name) {
    case "charCodeAt": {
      const i = args[0] ? numExpr(fx, args[0]) : intLit(0);
      return ordered(fx, [recv, i], ([s, k]) => k.ty.k === "int"
        ? charCodeAt(fx, s, k, args[0])
        : rt("yao_str_char_code_at_f", [s, k], F64, true));
    }
    case "toString": case "valueOf": return recv;
  }
  const more = stringMethod2(fx, recv, name, node);
  if (more) return more;
  unsupported(node, `string.${name}()`);
}

/** The string methods of compiler part 2 (runtime: rt_string2.c). */
function stringMethod2(fx: FnLower, recv: Expr, name: string, node: ts.CallExpression): Expr | undefined {
  const args = node.arguments;
  const str = (i: number) => toStr(valExpr(fx, args[i]), args[i]);
  // an optional position: absent and undefined both mean "not given" (undefined is not NaN here)
  const opt = args.map((a) => (mapType(fx.env, fx.checker.getTypeAtLocation(a), a).k === "f64" ? undefined : fx.temp(VAL, "opt")));
  const pre: Stmt[] = [];
  args.forEach((a, i) => { const t = opt[i]; if (t) pre.push({ s: "decl", v: t, init: coerce(valExpr(fx, a), VAL, a) }); });
  const num = (i: number, dflt: number): Expr => {
    if (!args[i]) return f64Lit(dflt);
    const t = opt[i];
    if (!t) return N.toF64(numExpr(fx, args[i]));
    return { e: "cond", c: rt("yao_val_is_undef", [local(t)], BOOL, true), a: f64Lit(dflt), b: rt("yao_val_tonumber", [local(t)], F64, true), ty: F64 };
  };
  const has = (i: number): Expr => {
    if (!args[i]) return { e: "bool", v: false, ty: BOOL };
    const t = opt[i];
    return t ? { e: "un", op: "!", a: rt("yao_val_is_undef", [local(t)], BOOL, true), ty: BOOL } : { e: "bool", v: true, ty: BOOL };
  };
  const S: Ty = STR;
  const wrap = (e: Expr) => (pre.length ? stmts(pre, e) : e);
  const call = (fn: string, xs: Expr[], ty: Ty, lo?: number, hi?: number) =>
    wrap(ordered(fx, [recv, ...xs], ([s0, ...rest]) => ({ e: "rt", fn, args: [rt("YAO_STR_CHK", [s0], S, true), ...rest], ty, lo, hi })));
  const intOf = (fn: string, xs: Expr[], lo: number, hi: number) =>
    wrap(ordered(fx, [recv, ...xs], ([s0, ...rest]) => intRt("(int64_t)", [rt(fn, [rt("YAO_STR_CHK", [s0], S, true), ...rest], F64)], lo, hi, false)));
  switch (name) {
    case "slice": return call("yao_str_slice", [num(0, 0), num(1, 0), has(1)], S);
    case "substring": return call("yao_str_substring", [num(0, 0), num(1, 0), has(1)], S);
    case "substr": return call("yao_str_substr", [num(0, 0), num(1, 0), has(1)], S);
    case "charAt": return call("yao_str_char_at", [num(0, 0)], S);
    case "at": return call("yao_str_at_val", [num(0, 0)], VAL);
    case "codePointAt": return call("YAO_STR_CODE_POINT_AT", [num(0, 0)], VAL);
    case "indexOf": return intOf("yao_str_index_of", [str(0), num(1, 0)], -1, 2 ** 30);
    case "lastIndexOf": return intOf("yao_str_last_index_of", [str(0), num(1, 0), has(1)], -1, 2 ** 30);
    case "includes": return call("yao_str_includes", [str(0), num(1, 0)], BOOL);
    case "startsWith": return call("yao_str_starts_with", [str(0), num(1, 0)], BOOL);
    case "endsWith": return call("yao_str_ends_with", [str(0), num(1, 0), has(1)], BOOL);
    case "split": {
      const sep = args[0] ? toStr(valExpr(fx, args[0]), args[0]) : { e: "undef" as const, ty: { k: "str" as const, nul: 2 as const } };
      return call("yao_str_split", [sep, num(1, 0), has(1)], { k: "arr", elem: S, nul: 0 });
    }
    case "trim": return call("yao_str_trim", [], S);
    case "trimStart": case "trimLeft": return call("yao_str_trim_start", [], S);
    case "trimEnd": case "trimRight": return call("yao_str_trim_end", [], S);
    case "padStart": case "padEnd": {
      const pad = args[1] ? str(1) : { e: "undef" as const, ty: { k: "str" as const, nul: 2 as const } };
      return call(name === "padStart" ? "yao_str_pad_start" : "yao_str_pad_end", [num(0, 0), pad], S);
    }
    case "repeat": return call("yao_str_repeat", [num(0, 0)], S);
    case "replace": case "replaceAll": {
      const all = name === "replaceAll";
      const rep = expr(fx, args[1]);
      if (rep.ty.k === "fn") return call("YAO_STR_REPLACE_FN", [str(0), { e: "bool", v: all, ty: BOOL }, { e: "replacefn", sig: rep.ty.sig, ty: VOID } as unknown as Expr, rep], S);
      return call(all ? "yao_str_replace_all" : "yao_str_replace", [str(0), toStr(rep, args[1])], S);
    }
    case "toUpperCase": case "toLocaleUpperCase": return call("yao_str_to_upper", [], S);
    case "toLowerCase": case "toLocaleLowerCase": return call("yao_str_to_lower", [], S);
    case "localeCompare": return intOf("yao_str_locale_compare", [str(0)], -1, 1);
    case "concat": return ordered(fx, [recv, ...args.map((_, i) => str(i))], ([s0, ...xs]) => xs.reduce((acc, x) => rt("yao_str_concat", [acc, x], S), rt("YAO_STR_CHK", [s0], S, true)));
    case "normalize": unsupported(node, "string.normalize()");
  }
  return undefined;
}

/** s.charCodeAt(i): an int when i is known to be in range (loop fact), else NaN outside the string. */
function charCodeAt(fx: FnLower, s: Expr, i: Expr, argNode: ts.Expression | undefined): Expr {
  const sNode = argNode?.parent && ts.isCallExpression(argNode.parent) && ts.isPropertyAccessExpression(argNode.parent.expression) ? argNode.parent.expression.expression : undefined;
  if (argNode && sNode && ts.isIdentifier(argNode) && ts.isIdentifier(sNode) && (i.lo ?? -1) >= 0) {
    const isym = fx.L.symbolOf(argNode), ssym = fx.L.symbolOf(sNode);
    const fact = isym ? fx.facts.get(isym) : undefined;
    if (fact && ssym && fact.below.has(ssym)) return intRt("YAO_STR_CODE_AT", [s, i], 0, 65535);
  }
  return withTemps(fx, [s, i], ([a, b]) => ({ e: "cond", c: rt("YAO_STR_IN_RANGE", [a, b], BOOL, true), a: N.toF64(intRt("YAO_STR_CODE_AT", [a, b], 0, 65535)), b: f64Lit(NaN), ty: F64 }));
}

function arrayMethod(fx: FnLower, recv: Expr, elem: Ty, name: string, node: ts.CallExpression): Expr {
  const args = node.arguments;
  const ct: Expr = { e: "rt", fn: "@ctype", args: [], ty: elem, pure: true };
  const t = recv.ty as Ty & { k: "arr" };
  const viaCallback = arrayCallbackMethod(fx, recv, t, name, node);
  if (viaCallback) return viaCallback;
  const plain = arrayPlainMethod(fx, recv, t, name, node);
  if (plain) return plain;
  switch (name) {
    case "push": {
      if (args.some((a) => ts.isSpreadElement(a))) {
        // the arguments are all evaluated (spreads expanded) before the first push: a.push(...a) doubles a
        const arr = fx.temp(recv.ty, "arr");
        const items = fx.temp(recv.ty, "items");
        const each = forEachItem(fx, local(items), node, (item) => [{ s: "expr", e: rt("YAO_ARR_PUSH", [ct, local(arr), coerce(item, elem, node)], VOID) }]);
        const head: Stmt[] = [{ s: "decl", v: arr, init: recv }, { s: "decl", v: items, init: arrayOf(fx, args, recv.ty as Ty & { k: "arr" }) }];
        return stmts([...head, ...each], intRt("YAO_ARR_LEN", [local(arr)], 0, 2 ** 31 - 1));
      }
      const vals = args.map((a) => coerce(expr(fx, a), elem, a));
      return ordered(fx, [recv, ...vals], ([a, ...xs]) => withTemps(fx, [a], ([arr]) =>
        seq(xs.map((x) => rt("YAO_ARR_PUSH", [ct, arr, x], VOID)), intRt("YAO_ARR_LEN", [arr], 0, 2 ** 31 - 1))));
    }
    case "pop": {
      const undef = isRef(elem) ? { e: "undef" as const, ty: elem } : undefined;
      if (undef) return rt("YAO_ARR_POP_OR", [ct, recv, undef], { ...elem, nul: ((elem as { nul: number }).nul | 2) as 0 }, false);
      if (elem.k === "val") return rt("YAO_ARR_POP_OR", [ct, recv, rt("yao_val_undef", [], VAL, true)], VAL);
      return rt("YAO_ARR_POP_VAL", [ct, recv, { e: "rt", fn: elem.k === "bool" ? "@type:yao_val_bool" : "@type:yao_val_num", args: [], ty: VOID, pure: true }], VAL);
    }
    case "join": {
      const sep = args[0] ? expr(fx, args[0]) : { e: "str" as const, id: fx.L.str(","), ty: STR };
      return ordered(fx, [recv, sep], ([a, s]) => rt("yao_arr_join", [a, s, { e: "rt", fn: "@elemkind", args: [], ty: elem, pure: true }], STR));
    }
  }
  unsupported(node, `array.${name}()`);
}

function typedMethod(fx: FnLower, recv: Expr, ta: TAKind, name: string, node: ts.CallExpression): Expr {
  const args = node.arguments;
  const optNum = (i: number, dflt: Expr) => (args[i] ? N.toF64(numExpr(fx, args[i])) : dflt);
  const tty: Ty = { k: "typed", ta, nul: 0 };
  switch (name) {
    case "subarray": case "slice":
      return ordered(fx, [recv, optNum(0, f64Lit(0)), optNum(1, f64Lit(Infinity))], ([a, b, e]) =>
        rt(name === "subarray" ? "yao_ta_subarray" : "yao_ta_slice", [a, b, e], tty));
    case "fill": {
      const v = args[0] ? numExpr(fx, args[0]) : f64Lit(NaN);
      return ordered(fx, [recv, N.toF64(v), optNum(1, f64Lit(0)), optNum(2, f64Lit(Infinity))], ([a, x, b, e]) =>
        rt("yao_ta_fill", [a, x, b, e], tty));
    }
    case "set": {
      const src = expr(fx, args[0]);
      const off = optNum(1, f64Lit(0));
      if (src.ty.k === "typed") return ordered(fx, [recv, src, off], ([a, s, o]) => rt("yao_ta_set_typed", [a, s, o], VOID));
      if (src.ty.k === "arr" && (src.ty.elem.k === "f64" || src.ty.elem.k === "int")) {
        return ordered(fx, [recv, src, off], ([a, s, o]) => rt("yao_ta_set_array", [a, s, o], VOID));
      }
      unsupported(node, "typedArray.set() from this source");
    }
    case "indexOf": case "includes": {
      const v = N.toF64(numExpr(fx, args[0]));
      const from = optNum(1, f64Lit(0));
      return ordered(fx, [recv, v, from], ([a, x, f]) => name === "indexOf"
        ? intRt("yao_ta_index_of", [a, x, f], -1, 2 ** 31 - 1)
        : rt("yao_ta_includes", [a, x, f], BOOL));
    }
  }
  const more = typedArrayMethod(fx, recv, ta, name, node);
  if (more) return more;
  void taInfo;
  unsupported(node, `typedArray.${name}()`);
}

const DV: Record<string, { c: string; size: number; float: boolean; lo: number; hi: number }> = {
  Int8: { c: "i8", size: 1, float: false, lo: -128, hi: 127 },
  Uint8: { c: "u8", size: 1, float: false, lo: 0, hi: 255 },
  Int16: { c: "i16", size: 2, float: false, lo: -32768, hi: 32767 },
  Uint16: { c: "u16", size: 2, float: false, lo: 0, hi: 65535 },
  Int32: { c: "i32", size: 4, float: false, lo: -(2 ** 31), hi: 2 ** 31 - 1 },
  Uint32: { c: "u32", size: 4, float: false, lo: 0, hi: 2 ** 32 - 1 },
  Float32: { c: "f32", size: 4, float: true, lo: 0, hi: 0 },
  Float64: { c: "f64", size: 8, float: true, lo: 0, hi: 0 },
};

function dataViewMethod(fx: FnLower, recv: Expr, name: string, node: ts.CallExpression): Expr {
  const m = /^(get|set)(Int8|Uint8|Int16|Uint16|Int32|Uint32|Float32|Float64)$/.exec(name);
  if (!m) unsupported(node, `DataView.${name}()`);
  const d = DV[m[2]];
  const args = node.arguments;
  const off = N.toF64(numExpr(fx, args[0]));
  const littleEndian = (i: number): Expr => (args[i] ? coerce(truthyExpr(fx, args[i]), BOOL, args[i]) : { e: "bool", v: false, ty: BOOL });
  if (m[1] === "get") {
    const ty: Expr["ty"] = d.float ? F64 : INT;
    return ordered(fx, [recv, off, littleEndian(1)], ([v, o, le]) =>
      ({ e: "rt", fn: `yao_dv_get_${d.c}`, args: [v, o, le], ty, lo: d.float ? undefined : d.lo, hi: d.float ? undefined : d.hi }));
  }
  const value = d.float ? N.toF64(numExpr(fx, args[1])) : N.toInt32(int32Expr(fx, args[1]));
  return ordered(fx, [recv, off, value, littleEndian(2)], ([v, o, x, le]) => rt(`yao_dv_set_${d.c}`, [v, o, x, le], VOID));
}

// ---- constructors --------------------------------------------------------------------------

export function builtinNew(fx: FnLower, name: string, node: ts.NewExpression): Expr {
  const args = node.arguments ?? [];
  const ta = typedArrayKinds[name];
  if (ta) return newTyped(fx, ta, node);
  if (name === "ArrayBuffer") {
    const n = args[0] ? N.toF64(numExpr(fx, args[0])) : f64Lit(0);
    return rt("yao_abuf_new_checked", [n], { k: "abuf", nul: 0 });
  }
  if (name === "DataView") {
    const buf = expr(fx, args[0]);
    if (buf.ty.k !== "abuf") unsupported(node, "new DataView() over this value");
    const off = args[1] ? N.toF64(numExpr(fx, args[1])) : f64Lit(0);
    const len = args[2] ? N.toF64(numExpr(fx, args[2])) : f64Lit(NaN);
    return ordered(fx, [buf, off, len], ([b, o, l]) => rt("yao_dv_new", [b, o, l], { k: "dview", nul: 0 }));
  }
  if (name === "Map" || name === "Set") return newMapOrSet(fx, name, node);
  const err = newError(fx, name, node);
  if (err) return err;
  if (name === "Array") return newArrayCall(fx, node);
  unsupported(node, `new ${name}()`);
}

/** new TypeError(msg), or TypeError(msg) called without new, which is the same (ES2022 20.5.1.1). */
function newError(fx: FnLower, name: string, node: ts.NewExpression | ts.CallExpression): Expr | undefined {
  const err = fx.L.errorClass(name);
  if (!err) return undefined;
  const args = node.arguments ?? [];
  if (args.length > 1) unsupported(node, `new ${name}() with options`);
  const msg = args[0] ? toStr(valExpr(fx, args[0]), args[0]) : { e: "undef" as const, ty: { k: "str" as const, nul: 2 as const } };
  return rt("yao_error_new", [{ e: "shape", cls: err, ty: VOID }, msg], { k: "cls", cls: err, nul: 0 });
}

/**
 * new Array() and new Array(a, b, ...) are array literals; new Array(n) is accepted only as
 * new Array(n).fill(v), since on its own it makes n holes, which yao arrays cannot hold.
 */
function newArrayCall(fx: FnLower, node: ts.NewExpression): Expr {
  const t = mapType(fx.env, fx.checker.getTypeAtLocation(node), node);
  if (t.k !== "arr") unsupported(node, "this new Array()");
  const args = node.arguments ?? [];
  if (args.length !== 1) return arrayOf(fx, args, t);
  const parent = node.parent;
  const filled = ts.isPropertyAccessExpression(parent) && parent.name.text === "fill" && ts.isCallExpression(parent.parent) &&
    parent.parent.expression === parent && parent.parent.arguments.length === 1;
  if (!filled) {
    fail(node, "YAO1900", "new Array(n) makes holes, which yao arrays cannot hold",
      "write new Array(n).fill(v), Array.from({ length: n }, (_, i) => ...), or an array literal");
  }
  const ek: Expr = { e: "rt", fn: "@elemkind", args: [], ty: t.elem, pure: true };
  return rt("yao_arr_new_len", [ek, arrayElemSize(t.elem), N.toF64(numExpr(fx, args[0]))], t);
}

function newTyped(fx: FnLower, ta: TAKind, node: ts.NewExpression): Expr {
  const args = node.arguments ?? [];
  const kind = typedKind(ta);
  const tty: Ty = { k: "typed", ta, nul: 0 };
  if (args.length === 0) return rt("yao_ta_new_len", [kind, f64Lit(0)], tty);
  const first = expr(fx, args[0]);
  switch (first.ty.k) {
    case "int": case "f64": return rt("yao_ta_new_len", [kind, N.toF64(first)], tty);
    case "abuf": {
      const off = args[1] ? N.toF64(numExpr(fx, args[1])) : f64Lit(0);
      const len = args[2] ? N.toF64(numExpr(fx, args[2])) : f64Lit(NaN);
      return ordered(fx, [first, off, len], ([b, o, l]) => rt("yao_ta_new_view", [kind, b, o, l], tty));
    }
    case "typed": return rt("yao_ta_new_from_typed", [kind, first], tty);
    case "arr":
      if (first.ty.elem.k === "f64" || first.ty.elem.k === "int") return rt("yao_ta_new_from_array", [kind, first], tty);
  }
  unsupported(node, "this typed array constructor argument");
}

export { toNumber, local, letIn };
