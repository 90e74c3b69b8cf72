// Map and Set (runtime: rt_map.c, keys and values stored as tagged values with SameValueZero
// keys and insertion order): construction, methods, size, forEach, and iteration (for-of over a
// Map, a Set, or their keys()/values()/entries(); Array.from and spread of them).
import ts from "typescript";
import { Expr, Ty, Stmt, Var, F64, INT, BOOL, VAL, VOID, STR } from "../ir/ir";
import { fail } from "../diag";
import type { FnLower } from "./fn";
import { rt, intRt, local, intLit, stmts, bin } from "./build";
import { coerce } from "./convert";
import { expr, ordered, valExpr } from "./expr";
import { mapType } from "./types";
import { elementOf, iterLength } from "./access";

type MapTy = Ty & { k: "map" };
type SetTy = Ty & { k: "set" };

const toVal = (e: Expr, at: ts.Node) => coerce(e, VAL, at);
const decl = (v: Var, init?: Expr): Stmt => ({ s: "decl", v, init });

export function newMapOrSet(fx: FnLower, name: string, node: ts.NewExpression): Expr {
  const t = mapType(fx.env, collectionType(fx, node), node);
  if (t.k !== "map" && t.k !== "set") fail(node, "YAO1920", `new ${name}() needs its type arguments`, "write new Map<K, V>()");
  const made = rt("yao_map_new", [{ e: "bool", v: t.k === "set", ty: BOOL }], t);
  const src = node.arguments?.[0];
  if (!src || src.kind === ts.SyntaxKind.NullKeyword) return made;
  const m = fx.temp(t, "m");
  const fill = forEachItem(fx, expr(fx, src), src, (item) => {
    if (t.k === "set") return [{ s: "expr", e: rt("yao_map_set", [local(m), toVal(item, src), rt("yao_val_undef", [], VAL, true)], VOID) }];
    const pair = fx.temp(item.ty, "pair");
    const at = (i: number) => rt("YAO_ARR_GET_OR", [{ e: "rt", fn: "@ctype", args: [], ty: VAL, pure: true }, local(pair), intLit(i), rt("yao_val_undef", [], VAL, true)], VAL, true);
    return [decl(pair, item), { s: "expr", e: rt("yao_map_set", [local(m), at(0), at(1)], VOID) }];
  });
  return stmts([decl(m, made), ...fill], local(m));
}

export function mapMethod(fx: FnLower, recv: Expr, name: string, node: ts.CallExpression): Expr {
  const t = recv.ty as MapTy | SetTy;
  const args = node.arguments;
  const key = (i: number) => toVal(valExpr(fx, args[i]), args[i]);
  const self = (fn: string, xs: Expr[], ty: Ty) => ordered(fx, [recv, ...xs], ([m, ...rest]) => rt(fn, [rt("YAO_MAP_CHK", [m], t, true), ...rest], ty));
  switch (name) {
    case "get": return self("yao_map_get", [key(0)], VAL);
    case "has": return self("yao_map_has", [key(0)], BOOL);
    case "delete": return self("yao_map_delete", [key(0)], BOOL);
    case "clear": return self("yao_map_clear", [], VOID);
    case "set":
      if (t.k !== "map") break;
      return ordered(fx, [recv, key(0), key(1)], ([m, k, v]) => withSelf(fx, m, t, (mm) => rt("yao_map_set", [mm, k, v], VOID)));
    case "add":
      if (t.k !== "set") break;
      return ordered(fx, [recv, key(0)], ([m, k]) => withSelf(fx, m, t, (mm) => rt("yao_map_set", [mm, k, rt("yao_val_undef", [], VAL, true)], VOID)));
    case "forEach": return forEachCallback(fx, recv, t, node);
    case "keys": case "values": case "entries":
      fail(node, "YAO1921", `${t.k === "map" ? "Map" : "Set"}.${name}() is only supported in for-of, Array.from and spread`, "iterate it with for-of");
  }
  fail(node, "YAO1900", `${t.k === "map" ? "Map" : "Set"}.${name}() is not supported`, "see docs/compiler.md");
}

/** m.set(k, v) evaluates to m. */
function withSelf(fx: FnLower, m: Expr, t: Ty, op: (m: Expr) => Expr): Expr {
  const v = fx.temp(t, "m");
  return stmts([decl(v, rt("YAO_MAP_CHK", [m], t, true)), { s: "expr", e: op(local(v)) }], local(v));
}

export function mapSize(recv: Expr): Expr {
  return intRt("yao_map_size", [rt("YAO_MAP_CHK", [recv], recv.ty, true)], 0, 2 ** 31, true);
}

/** m.forEach((value, key, map) => ...), in insertion order, seeing entries added meanwhile. */
function forEachCallback(fx: FnLower, recv: Expr, t: MapTy | SetTy, node: ts.CallExpression): Expr {
  const cbNode = node.arguments[0];
  const f = expr(fx, cbNode);
  if (f.ty.k !== "fn") fail(cbNode, "YAO1911", "the callback must be a function", "");
  const sig = f.ty.sig;
  const cb = fx.temp(f.ty, "cb"), m = fx.temp(t, "m");
  const it = fx.temp({ k: "raw", c: "yao_map_iter" }, "it"), k = fx.temp(VAL, "k"), v = fx.temp(VAL, "v");
  const passed = [t.k === "map" ? local(v) : local(k), local(k), local(m)].slice(0, sig.params.length)
    .map((a, i) => coerce(a, sig.params[i], cbNode));
  const call: Expr = { e: "ccall", clo: local(cb), sig, args: passed, ty: sig.ret };
  const loop: Stmt = { s: "loop", label: fx.newLabel("each"), cond: rt("YAO_MAP_NEXT", [local(it), local(k), local(v)], BOOL), body: [{ s: "expr", e: call }], update: [], post: false };
  return stmts([decl(m, rt("YAO_MAP_CHK", [recv], t, true)), decl(cb, f), decl(it, rt("yao_map_iter_start", [local(m)], it.ty)), decl(k), decl(v), loop], { e: "undef", ty: VOID });
}

// ---- iteration ------------------------------------------------------------------------------

export type Walk = "keys" | "values" | "entries";

/** What a for-of (or Array.from, or spread) walks over a Map or Set expression, if it is one. */
export function mapIterable(fx: FnLower, node: ts.Expression): { coll: Expr; walk: Walk; t: MapTy | SetTy } | undefined {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.arguments.length === 0) {
    const name = node.expression.name.text;
    const rt0 = mapType(fx.env, fx.checker.getTypeAtLocation(node.expression.expression), node.expression.expression);
    if ((rt0.k === "map" || rt0.k === "set") && (name === "keys" || name === "values" || name === "entries")) {
      const coll = expr(fx, node.expression.expression);
      return { coll, walk: rt0.k === "set" && name === "keys" ? "values" : name, t: rt0 };
    }
  }
  const t = mapType(fx.env, fx.checker.getTypeAtLocation(node), node);
  if (t.k === "map") return { coll: expr(fx, node), walk: "entries", t };
  if (t.k === "set") return { coll: expr(fx, node), walk: "values", t };
  return undefined;
}

/** The item an iteration step yields: a key, a value, or a fresh [key, value] array. */
export function mapItem(walk: Walk, t: MapTy | SetTy, k: Var, v: Var): Expr {
  if (walk === "entries" && t.k === "map") return rt("YAO_ARR_LIT", [intLit(2), local(k), local(v)], { k: "arr", elem: VAL, nul: 0 });
  if (walk === "entries") return rt("YAO_ARR_LIT", [intLit(2), local(k), local(k)], { k: "arr", elem: VAL, nul: 0 });
  if (t.k === "set" || walk === "keys") return local(k);
  return local(v);
}

/** The loop over a Map or Set: `body(item)` runs for each entry in insertion order. */
export function mapLoop(fx: FnLower, coll: Expr, t: MapTy | SetTy, label: string, body: (k: Var, v: Var) => Stmt[]): Stmt[] {
  const m = fx.temp(t, "m");
  const it = fx.temp({ k: "raw", c: "yao_map_iter" }, "it"), k = fx.temp(VAL, "k"), v = fx.temp(VAL, "v");
  return [decl(m, rt("YAO_MAP_CHK", [coll], t, true)), decl(it, rt("yao_map_iter_start", [local(m)], it.ty)), decl(k), decl(v),
    { s: "loop", label, cond: rt("YAO_MAP_NEXT", [local(it), local(k), local(v)], BOOL), body: body(k, v), update: [], post: false }];
}

/** A string's items when iterated: its code points, each a string (lone surrogates on their own). */
export function codePoints(s: Expr): Expr {
  return rt("yao_str_code_points", [s], { k: "arr", elem: STR, nul: 0 });
}

/**
 * The type of `new Map()` / `new Set()`: its own, or, when it has no type arguments and no source
 * to infer them from (TypeScript then says Map<any, any>), the type its context expects
 * (`const ctx: Ctx = { params: new Map() }`).
 */
function collectionType(fx: FnLower, node: ts.NewExpression): ts.Type {
  const own = fx.checker.getTypeAtLocation(node);
  const args = (own as ts.TypeReference).typeArguments ?? fx.checker.getTypeArguments(own as ts.TypeReference);
  const anyArg = args.some((a) => (a.flags & ts.TypeFlags.Any) !== 0);
  const ctx = anyArg && !node.typeArguments ? fx.checker.getContextualType(node) : undefined;
  return ctx ?? own;
}

/** Runs `each` for every item of an array, typed array, Map or Set expression (Array.from, spread, new Set(...)). */
export function forEachItem(fx: FnLower, coll: Expr, at: ts.Expression, each: (item: Expr) => Stmt[]): Stmt[] {
  const mi = coll.ty.k === "map" || coll.ty.k === "set" ? { coll, walk: (coll.ty.k === "map" ? "entries" : "values") as Walk, t: coll.ty } : undefined;
  if (mi) return mapLoop(fx, mi.coll, mi.t, fx.newLabel("items"), (k, v) => each(mapItem(mi.walk, mi.t, k, v)));
  if (coll.ty.k === "str") coll = codePoints(coll);
  if (coll.ty.k !== "arr" && coll.ty.k !== "typed") fail(at, "YAO1922", "this value cannot be iterated here", "use an array, a typed array, a string, a Map or a Set");
  const a = fx.temp(coll.ty, "src"), i = { ...fx.temp(INT, "i"), lo: 0, hi: 2 ** 31 };
  const item = elementOf(fx, local(a), local(i), at);
  const cond = bin("<", local(i), iterLength(fx, local(a), at), BOOL);
  return [decl(a, coll), decl(i, intLit(0)), { s: "loop", label: fx.newLabel("items"), cond, body: each(item),
    update: [{ s: "expr", e: { e: "assign", target: { e: "local", v: i, ty: INT }, v: bin("+", local(i), intLit(1), INT), ty: INT } }], post: false }];
}

export { F64, STR };
