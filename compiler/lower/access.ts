// Property and element access: fields, accessors, structural members, builtin properties
// (length, byteLength...), enum members and statics, typed-array/array/string elements with
// JavaScript's out-of-range behaviour, optional chains, and places (lvalues) for assignment.
import ts from "typescript";
import { Expr, Ty, F64, INT, BOOL, VAL, VOID, STR, isRef, ClassIR, FieldIR, Var, TAKind, Nul } from "../ir/ir";
import { fail } from "../diag";
import type { FnLower } from "./fn";
import { rt, intRt, local, letIn, intLit, boolLit, bin, f64Lit, isStable, num } from "./build";
import { coerce, truthy } from "./convert";
import { mapType, libName } from "./types";
import { expr, numExpr, narrow } from "./expr";
import { builtinProperty } from "./builtins";
import { applyCallLink } from "./calls";
import { mapSize } from "./maps";

const TA_C: Record<TAKind, { c: string; lo: number; hi: number; float: boolean }> = {
  i8: { c: "int8_t", lo: -128, hi: 127, float: false },
  u8: { c: "uint8_t", lo: 0, hi: 255, float: false },
  u8c: { c: "uint8_t", lo: 0, hi: 255, float: false },
  i16: { c: "int16_t", lo: -32768, hi: 32767, float: false },
  u16: { c: "uint16_t", lo: 0, hi: 65535, float: false },
  i32: { c: "int32_t", lo: -(2 ** 31), hi: 2 ** 31 - 1, float: false },
  u32: { c: "uint32_t", lo: 0, hi: 2 ** 32 - 1, float: false },
  f32: { c: "float", lo: -Infinity, hi: Infinity, float: true },
  f64: { c: "double", lo: -Infinity, hi: Infinity, float: true },
};

export function taInfo(k: TAKind) {
  return TA_C[k];
}

// ---- property reads ----------------------------------------------------------------------

export function propertyGet(fx: FnLower, node: ts.PropertyAccessExpression): Expr {
  if (node.expression.kind === ts.SyntaxKind.SuperKeyword) return superGet(fx, node);
  const st = staticProperty(fx, node);
  if (st) return st;
  const obj = expr(fx, node.expression);
  return narrow(fx, propOn(fx, obj, node), node);
}

/**
 * The symbol an entity expression names: an identifier, `this` in a static method (its class),
 * or `ns.name` through a namespace import. Undefined for ordinary values.
 */
export function entitySymbol(fx: FnLower, e: ts.Expression): ts.Symbol | undefined {
  if (ts.isIdentifier(e)) return fx.L.symbolOf(e);
  if (e.kind === ts.SyntaxKind.ThisKeyword && fx.ir.isStatic && fx.node && ts.isClassDeclaration(fx.node.parent) && fx.node.parent.name) {
    const sym = fx.checker.getSymbolAtLocation(fx.node.parent.name)!;
    const cls = fx.L.classFor(sym, e);
    if ([...fx.L.classes.values()].some((c) => c.base === cls)) {
      fail(e, "YAO1612", "`this` in a static method of a class with subclasses names whichever class the call went through",
        `name the class explicitly: ${cls.name}.member`);
    }
    return sym;
  }
  if (ts.isPropertyAccessExpression(e)) {
    const base = entitySymbol(fx, e.expression);
    if (base && base.flags & ts.SymbolFlags.ValueModule) {
      const m = fx.checker.getSymbolAtLocation(e.name);
      return m && m.flags & ts.SymbolFlags.Alias ? fx.checker.getAliasedSymbol(m) : m;
    }
  }
  return undefined;
}

/** Enum members, class statics, namespace members and library namespaces (Math.PI, process.argv). */
function staticProperty(fx: FnLower, node: ts.PropertyAccessExpression): Expr | undefined {
  const base = node.expression;
  const sym = entitySymbol(fx, base);
  if (!sym) return undefined;
  if (sym.flags & ts.SymbolFlags.ValueModule) {
    const m = entitySymbol(fx, node);
    if (!m) fail(node, "YAO1609", "unknown namespace member", "");
    if (m.flags & ts.SymbolFlags.Function) {
      const f = fx.L.funcOfSymbol(m);
      if (f) { fx.L.fnrefs.add(f); fx.L.noteEscaping(m.valueDeclaration); return { e: "fnref", fn: f, ty: mapType(fx.env, fx.checker.getTypeAtLocation(node), node) }; }
    }
    return narrow(fx, fx.readVar(m, node), node);
  }
  if (sym.flags & ts.SymbolFlags.Enum) {
    const v = enumMemberValue(fx.checker, node);
    if (v === undefined) fail(node, "YAO1600", "unknown enum member", "");
    return typeof v === "number" ? num(v) : { e: "str", id: fx.L.str(v), ty: STR };
  }
  if (sym.flags & ts.SymbolFlags.Class && !sym.valueDeclaration?.getSourceFile().isDeclarationFile) {
    const member = fx.checker.getSymbolAtLocation(node.name);
    const g = member ? fx.L.globals.get(member) : undefined;
    if (g) return narrow(fx, { e: "global", g, ty: g.ty }, node);
    fail(node, "YAO1601", "static methods can only be called, not used as values", "wrap the call in an arrow function");
  }
  if (ts.isIdentifier(base) && (sym.valueDeclaration?.getSourceFile().isDeclarationFile || sym.declarations?.[0]?.getSourceFile().isDeclarationFile)) {
    return builtinProperty(fx, base.text, node.name.text, node);
  }
  return undefined;
}

/** The value of `E.Member` (the checker only answers this on the member's declaration). */
export function enumMemberValue(checker: ts.TypeChecker, node: ts.PropertyAccessExpression): string | number | undefined {
  const m = checker.getSymbolAtLocation(node.name);
  const d = m?.valueDeclaration;
  return d && ts.isEnumMember(d) ? checker.getConstantValue(d) : undefined;
}

/** super.x: a base class getter run on this (fields are own properties, not on the base). */
function superGet(fx: FnLower, node: ts.PropertyAccessExpression): Expr {
  const g = fx.ir.thisCls?.base?.methods.get(`get:${node.name.text}`);
  if (!g || g.isAbstract) fail(node, "YAO1610", "super.x is only supported for base class getters", "");
  return { e: "call", f: g.fn, recv: fx.thisExpr!, args: [], ty: g.fn.ret };
}

/** A property of an already-lowered object. */
export function propOn(fx: FnLower, obj: Expr, node: ts.PropertyAccessExpression): Expr {
  return propByName(fx, obj, node.name.text, node, () => mapType(fx.env, fx.checker.getTypeAtLocation(node), node));
}

/** Property `name` of a lowered object; `want` gives the TypeScript type of the result (structural reads). */
export function propByName(fx: FnLower, obj: Expr, name: string, node: ts.Node, want: () => Ty): Expr {
  const t = obj.ty;
  switch (t.k) {
    case "str":
      if (name === "length") return intRt("YAO_STR_LEN", [obj], 0, 2 ** 30);
      break;
    case "arr":
      if (name === "length") return intRt("YAO_ARR_LEN", [obj], 0, 2 ** 31 - 1);
      break;
    case "typed":
      if (name === "length") return intRt("YAO_TA_LEN", [obj], 0, 2 ** 31 - 1);
      if (name === "byteLength") return intRt("YAO_TA_BYTELEN", [obj], 0, 2 ** 31 - 1);
      if (name === "byteOffset") return intRt("YAO_TA_BYTEOFF", [obj], 0, 2 ** 31 - 1);
      if (name === "buffer") return rt("YAO_TA_BUFFER", [obj], { k: "abuf", nul: 0 }, true);
      if (name === "BYTES_PER_ELEMENT") return intLit(bytesPer(t.ta));
      break;
    case "abuf":
      if (name === "byteLength") return intRt("YAO_AB_BYTELEN", [obj], 0, 2 ** 31 - 1);
      break;
    case "dview":
      if (name === "byteLength") return intRt("YAO_DV_BYTELEN", [obj], 0, 2 ** 31 - 1);
      if (name === "byteOffset") return intRt("YAO_DV_BYTEOFF", [obj], 0, 2 ** 31 - 1);
      if (name === "buffer") return rt("YAO_DV_BUFFER", [obj], { k: "abuf", nul: 0 }, true);
      break;
    case "map": case "set":
      if (name === "size") return mapSize(obj);
      break;
    case "cls": return classMemberGet(fx, obj, t.cls, name, node);
    case "obj": return { e: "mget", obj, name, sel: fx.L.selector(name), ty: want() };
  }
  fail(node, "YAO1602", `property '${name}' of a ${t.k === "val" ? "union value" : t.k} is not supported`, "see docs/compiler.md for supported members");
}

function bytesPer(k: TAKind): number {
  return { i8: 1, u8: 1, u8c: 1, i16: 2, u16: 2, i32: 4, u32: 4, f32: 4, f64: 8 }[k];
}

export function findField(cls: ClassIR, name: string): FieldIR | undefined {
  for (let i = cls.fields.length - 1; i >= 0; i--) if (cls.fields[i].name === name) return cls.fields[i];
  return undefined;
}

function classMemberGet(fx: FnLower, obj: Expr, cls: ClassIR, name: string, at: ts.Node): Expr {
  const f = findField(cls, name);
  if (f) return { e: "field", obj, cls, f, ty: f.ty, lo: f.lo, hi: f.hi };
  const getter = cls.methods.get(`get:${name}`);
  if (getter) return methodCall(getter, obj, []);
  if (cls.methods.has(`method:${name}`)) {
    fail(at, "YAO1603", "a method used as a value loses its `this`", "wrap it in an arrow function: (x) => obj.method(x)");
  }
  fail(at, "YAO1604", `'${name}' is not a member of class ${cls.name}`, "");
}

export function methodCall(m: import("../ir/ir").MethodIR, recv: Expr, args: Expr[]): Expr {
  if (m.slot >= 0) return { e: "vcall", m, recv, args, ty: m.fn.ret };
  return { e: "call", f: m.fn, recv, args, ty: m.fn.ret, lo: m.fn.retLo, hi: m.fn.retHi };
}

// ---- element reads -----------------------------------------------------------------------

export type ReadMode = "strict" | "num" | "int32" | "bool" | "val";

export function elementGet(fx: FnLower, node: ts.ElementAccessExpression): Expr {
  const esym = entitySymbol(fx, node.expression);
  if (esym && esym.flags & ts.SymbolFlags.Enum) return enumName(fx, esym, node);
  const obj = expr(fx, node.expression);
  const e = elemOn(fx, obj, node, "strict");
  // TypeScript types s[i] without undefined, but a read past the end is undefined: keep that
  const want = mapType(fx.env, fx.checker.getTypeAtLocation(node), node);
  if (isRef(e.ty) && isRef(want) && e.ty.k === want.k && e.ty.k !== "cls" && e.ty.k !== "fn") return e;
  return narrow(fx, e, node);
}

/** E[n] of a numeric enum: the name of the last member with that value, else undefined. */
function enumName(fx: FnLower, sym: ts.Symbol, node: ts.ElementAccessExpression): Expr {
  const info = fx.L.enums.get(sym);
  if (!info || info.isString) fail(node, "YAO1611", "only numeric enums have a reverse mapping", "");
  const n = numExpr(fx, node.argumentExpression);
  const want: Ty = { k: "str", nul: 2 };
  const t = fx.temp(n.ty, "e");
  let chain: Expr = { e: "undef", ty: want };
  for (const [name, v] of info.members) {
    const test: Expr = { e: "bin", op: "==", a: n.ty.k === "int" ? local(t) : { ...local(t) }, b: typeof v === "number" ? num(v) : num(0), ty: BOOL };
    if (n.ty.k !== "int" && test.e === "bin" && test.b.ty.k === "int") test.b = { e: "num", v: v as number, ty: F64 };
    chain = { e: "cond", c: test, a: { e: "str", id: fx.L.str(name), ty: want }, b: chain, ty: want };
  }
  return letIn(t, n, chain);
}

/** For consumers: element reads lowered for the context, or undefined when `node` is not one. */
export function maybeElementRead(fx: FnLower, node: ts.Expression, mode: ReadMode): Expr | undefined {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (!ts.isElementAccessExpression(node) || node.questionDotToken || isInOptionalChain(node)) return undefined;
  const objTy = mapType(fx.env, fx.checker.getTypeAtLocation(node.expression), node.expression);
  if (objTy.k !== "typed" && !(objTy.k === "arr" && !isRef(objTy.elem))) return undefined;
  const obj = expr(fx, node.expression);
  return elemOn(fx, obj, node, mode);
}

export function elemOn(fx: FnLower, obj: Expr, node: ts.ElementAccessExpression, mode: ReadMode): Expr {
  const t = obj.ty;
  const arg = node.argumentExpression;
  if ((t.k === "cls" || t.k === "obj") && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) {
    fail(node, "YAO1605", "element access with a string key is property-bag access, outside the subset", `write .${arg.text}`);
  }
  const idx = indexOf(fx, arg);
  const inBounds = provenInBounds(fx, node, idx);
  const cache = typedCache(fx, node.expression);
  if (cache && t.k === "typed") return withTemps(fx, [idx.e], ([i]) => cachedTypedRead(cache, obj, i, inBounds, mode));
  return withTemps(fx, [obj, idx.e], ([o, i]) => readElement(o, i, idx.isInt, inBounds, mode, node));
}

export interface TypedCache { len: Var; data: Var; ta: TAKind }

/** The cached length and data locals of a typed-array variable, if the function keeps them. */
export function typedCache(fx: FnLower, e: ts.Expression): TypedCache | undefined {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  if (!ts.isIdentifier(e)) return undefined;
  const sym = fx.L.symbolOf(e);
  return sym ? fx.taCache.get(sym) : undefined;
}

function cachedTypedRead(c: TypedCache, a: Expr, i: Expr, inBounds: boolean, mode: ReadMode): Expr {
  const info = TA_C[c.ta];
  const data = local(c.data), len = local(c.len);
  const elTy = info.float ? F64 : INT;
  const lo = info.float ? undefined : info.lo, hi = info.float ? undefined : info.hi;
  const mk = (fn: string, args: Expr[], ty: Ty, l?: number, h?: number): Expr => ({ e: "rt", fn, args, ty, lo: l, hi: h, pure: fn !== "YAO_TC_GET_STRICT" });
  if (inBounds) {
    const at = mk("YAO_TC_AT", [data, i], elTy, lo, hi);
    return mode === "bool" ? truthy(at) : mode === "val" ? rt("yao_val_num", [info.float ? at : { e: "cast", a: at, ty: F64 }], VAL, true) : at;
  }
  switch (mode) {
    case "strict": return mk("YAO_TC_GET_STRICT", [data, len, a, i], elTy, lo, hi);
    case "num": return mk("YAO_TC_GET_OR", [data, len, a, i, f64Lit(NaN)], F64);
    case "int32": return info.float ? mk("YAO_TC_GET_OR", [data, len, a, i, f64Lit(0)], F64)
      : mk("YAO_TC_GET_OR", [data, len, a, i, intLit(0)], INT, Math.min(0, info.lo), Math.max(0, info.hi));
    case "bool": return mk(info.float ? "YAO_TC_TRUTHY_F" : "YAO_TC_TRUTHY_I", [data, len, a, i], BOOL);
    case "val": return mk("YAO_TC_GET_VAL", [data, len, a, i], VAL);
  }
}

interface Index { e: Expr; isInt: boolean }

/** The index as an int64 expression: doubles that are not array indexes become -1 (always out of range). */
function indexOf(fx: FnLower, arg: ts.Expression): Index {
  const e = numExpr(fx, arg);
  if (e.ty.k === "int") return { e, isInt: true };
  return { e: intRt("yao_index", [e], -1, 2 ** 53), isInt: false };
}

function provenInBounds(fx: FnLower, node: ts.ElementAccessExpression, idx: Index): boolean {
  if (!idx.isInt || (idx.e.lo ?? -1) < 0) return false;
  const arg = node.argumentExpression;
  if (!ts.isIdentifier(arg) || !ts.isIdentifier(node.expression)) return false;
  const isym = fx.L.symbolOf(arg), osym = fx.L.symbolOf(node.expression);
  const fact = isym ? fx.facts.get(isym) : undefined;
  return !!fact && !!osym && fact.below.has(osym);
}

function readElement(o: Expr, i: Expr, _isInt: boolean, inBounds: boolean, mode: ReadMode, at: ts.Node): Expr {
  const t = o.ty;
  if (t.k === "typed") return typedRead(o, i, t.ta, inBounds, mode);
  if (t.k === "arr") return arrayRead(o, i, t.elem, mode, at);
  if (t.k === "str") return rt("yao_str_at", [o, i], { k: "str", nul: 2 }, true);
  fail(at, "YAO1606", `indexing a ${t.k} is not supported`, "index arrays, typed arrays and strings");
}

function typedRead(o: Expr, i: Expr, ta: TAKind, inBounds: boolean, mode: ReadMode): Expr {
  const info = TA_C[ta];
  const ctype: Expr = { e: "rt", fn: `@type:${info.c}`, args: [], ty: VOID, pure: true };
  const elTy = info.float ? F64 : INT;
  const at = (): Expr => ({ e: "rt", fn: "YAO_TA_AT", args: [ctype, o, i], ty: elTy, lo: info.float ? undefined : info.lo, hi: info.float ? undefined : info.hi, pure: true });
  if (inBounds) return mode === "bool" ? truthy(at()) : mode === "val" ? rt("yao_val_num", [coerce(at(), F64, null as unknown as ts.Node)], VAL, true) : at();
  switch (mode) {
    case "strict": return { e: "rt", fn: "YAO_TA_GET_STRICT", args: [ctype, o, i], ty: elTy, lo: info.float ? undefined : info.lo, hi: info.float ? undefined : info.hi };
    case "num": return rt("YAO_TA_GET_OR", [ctype, o, i, f64Lit(NaN)], F64, true);
    case "int32": return info.float
      ? rt("YAO_TA_GET_OR", [ctype, o, i, f64Lit(0)], F64, true)
      : { e: "rt", fn: "YAO_TA_GET_OR", args: [ctype, o, i, intLit(0)], ty: INT, lo: Math.min(0, info.lo), hi: Math.max(0, info.hi), pure: true };
    case "bool": return rt(info.float ? "YAO_TA_TRUTHY_F" : "YAO_TA_TRUTHY_I", [ctype, o, i], BOOL, true);
    case "val": return rt("YAO_TA_GET_VAL", [ctype, o, i], VAL, true);
  }
}

function arrayRead(o: Expr, i: Expr, elem: Ty, mode: ReadMode, at: ts.Node): Expr {
  const ct: Expr = { e: "rt", fn: "@ctype", args: [], ty: elem, pure: true };
  if (isRef(elem)) {
    return rt("YAO_ARR_GET_OR", [ct, o, i, { e: "undef", ty: elem }], { ...elem, nul: (elem.nul | 2) as Nul }, true);
  }
  if (elem.k === "val") return rt("YAO_ARR_GET_OR", [ct, o, i, rt("yao_val_undef", [], VAL, true)], VAL, true);
  switch (mode) {
    case "strict": return rt("YAO_ARR_GET_STRICT", [ct, o, i], elem);
    case "num":
      if (elem.k === "bool") return rt("YAO_ARR_GET_OR", [{ e: "rt", fn: "@type:double", args: [], ty: VOID, pure: true }, o, i, f64Lit(NaN)], F64, true);
      return rt("YAO_ARR_GET_OR", [ct, o, i, f64Lit(NaN)], F64, true);
    case "int32": return rt("YAO_ARR_GET_OR", [ct, o, i, elem.k === "bool" ? boolLit(false) : f64Lit(0)], elem, true);
    case "bool": return truthy(rt("YAO_ARR_GET_OR", [ct, o, i, elem.k === "bool" ? boolLit(false) : f64Lit(0)], elem, true));
    case "val": return rt("YAO_ARR_GET_VAL", [ct, o, i, { e: "rt", fn: elem.k === "bool" ? "@type:yao_val_bool" : "@type:yao_val_num", args: [], ty: VOID, pure: true }], VAL, true);
  }
  void at;
}

/** An element during for-of: the loop guarantees the index is in range. */
export function elementOf(fx: FnLower, coll: Expr, idx: Expr, at: ts.Node): Expr {
  const t = coll.ty;
  if (t.k === "typed") return typedElement(coll, idx);
  if (t.k === "arr") return rt("YAO_ARR_AT", [{ e: "rt", fn: "@ctype", args: [], ty: t.elem, pure: true }, coll, idx], t.elem, true);
  if (t.k === "str") fail(at, "YAO1607", "for-of over a string is not supported yet", "index the string with charCodeAt");
  fail(at, "YAO1608", "for-of needs an array or a typed array", "");
  void fx;
}

/** Element idx of a typed array, known to be in range: a number of the element's range. */
export function typedElement(coll: Expr, idx: Expr): Expr {
  const info = TA_C[(coll.ty as { ta: TAKind }).ta];
  const ctype: Expr = { e: "rt", fn: `@type:${info.c}`, args: [], ty: VOID, pure: true };
  return { e: "rt", fn: "YAO_TA_AT", args: [ctype, coll, idx], ty: info.float ? F64 : INT, lo: info.float ? undefined : info.lo, hi: info.float ? undefined : info.hi, pure: true };
}

export function iterLength(fx: FnLower, coll: Expr, at: ts.Node): Expr {
  const t = coll.ty;
  if (t.k === "typed") return intRt("YAO_TA_LEN", [coll], 0, 2 ** 31 - 1);
  if (t.k === "arr") return intRt("YAO_ARR_LEN", [coll], 0, 2 ** 31 - 1);
  fail(at, "YAO1608", "for-of needs an array or a typed array", "");
  void fx;
}

/** Binds non-stable operands to temporaries so that macros may evaluate them more than once. */
export function withTemps(fx: FnLower, es: Expr[], build: (xs: Expr[]) => Expr): Expr {
  const lets: [Var, Expr][] = [];
  const xs = es.map((e) => {
    if (isStable(e) && e.e !== "cast") return e;
    const t = fx.temp(e.ty, "x");
    t.lo = e.lo; t.hi = e.hi;
    lets.push([t, e]);
    return local(t);
  });
  let out = build(xs);
  for (let i = lets.length - 1; i >= 0; i--) out = letIn(lets[i][0], lets[i][1], out);
  return out;
}

// ---- optional chains -----------------------------------------------------------------------

function isInOptionalChain(n: ts.Node): boolean {
  return !!(n.flags & ts.NodeFlags.OptionalChain);
}

/** The outermost node of an optional chain (a?.b.c: the .c access). */
export function isOptionalChainRoot(n: ts.Node): boolean {
  if (!isInOptionalChain(n)) return false;
  const p = n.parent;
  if (!p || !isInOptionalChain(p)) return true;
  const inner = (p as ts.PropertyAccessExpression | ts.CallExpression | ts.ElementAccessExpression | ts.NonNullExpression).expression;
  return inner !== n;
}

type Link = ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression | ts.NonNullExpression;

/** a?.b.c(): evaluates links left to right; the first nullish value at a ?. makes the whole chain undefined. */
export function lowerOptionalChain(fx: FnLower, root: ts.Node): Expr {
  const links: Link[] = [];
  let n: ts.Node = root;
  while (isInOptionalChain(n)) {
    links.unshift(n as Link);
    n = (n as Link).expression;
  }
  const want = withUndef(mapType(fx.env, fx.checker.getTypeAtLocation(root), root));
  const base = expr(fx, n as ts.Expression);
  return chainFrom(fx, base, links, 0, want, root);
}

function chainFrom(fx: FnLower, cur: Expr, links: Link[], k: number, want: Ty, root: ts.Node, guarded = -1): Expr {
  for (let i = k; i < links.length; i++) {
    const link = links[i];
    if (i !== guarded && "questionDotToken" in link && link.questionDotToken) {
      const t = fx.temp(cur.ty, "oc");
      const rest = chainFrom(fx, { ...local(t), ty: nonNull(cur.ty) }, links, i, want, root, i);
      const undef = coerce({ e: "undef", ty: VOID }, want, root);
      const isNul = isRef(cur.ty) ? rt("YAO_IS_NULLISH", [local(t)], BOOL, true) : rt("yao_val_is_nullish", [local(t)], BOOL, true);
      return letIn(t, cur, { e: "cond", c: isNul, a: undef, b: coerce(rest, want, root), ty: want });
    }
    cur = applyLink(fx, cur, link, i + 1 < links.length ? links[i + 1] : undefined);
  }
  return cur;
}

/** The type of a chain that may short-circuit: the value's type or undefined. */
function withUndef(t: Ty): Ty {
  if (isRef(t)) return { ...t, nul: (t.nul | 2) as Nul };
  if (t.k === "void") return t;
  return VAL;
}

function nonNull(t: Ty): Ty {
  return isRef(t) ? { ...t, nul: 0 } : t;
}

function applyLink(fx: FnLower, cur: Expr, link: Link, next: Link | undefined): Expr {
  if (ts.isNonNullExpression(link)) return { ...cur, ty: nonNull(cur.ty) };
  if (ts.isPropertyAccessExpression(link)) {
    if (next && ts.isCallExpression(next) && next.expression === link) return { ...cur, pendingMember: link } as Expr;
    return propOn(fx, cur, link);
  }
  if (ts.isElementAccessExpression(link)) return elemOn(fx, cur, link, "strict");
  return applyCallLink(fx, cur, link);
}

export { F64, INT, BOOL, STR, VOID, local, bin, num };
