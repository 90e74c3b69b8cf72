// Calls and construction: direct calls to functions and methods, virtual calls, calls through
// closures and structural members, super calls, @native intrinsics, and `new`. Library calls
// (console, Math, string/array/typed-array methods) are handed to builtins.ts.
import ts from "typescript";
import { Expr, Ty, F64, INT, VOID, VAL, isRef, FuncIR, Sig, ClassIR } from "../ir/ir";
import { fail } from "../diag";
import type { FnLower } from "./fn";
import { rt, intRt, seq } from "./build";
import { coerce, toStr } from "./convert";
import { mapType, mapSignature, TypeEnv, paramTy } from "./types";
import { expr, ordered, narrow, arrayOf } from "./expr";
import { methodCall, findField, entitySymbol } from "./access";
import { errorInit } from "./fn";
import { builtinCall, builtinMethod, builtinNew } from "./builtins";
import * as N from "./numeric";

export function lowerCall(fx: FnLower, node: ts.CallExpression): Expr {
  const callee = node.expression;
  if (callee.kind === ts.SyntaxKind.SuperKeyword) return superCall(fx, node);
  if (callee.kind === ts.SyntaxKind.ImportKeyword) fail(node, "YAO1800", "dynamic import is outside the subset", "use a static import");
  if (ts.isPropertyAccessExpression(callee)) return narrow(fx, memberCall(fx, node, callee), node);
  if (ts.isIdentifier(callee)) {
    const direct = directCall(fx, node, callee);
    if (direct) return narrow(fx, direct, node);
  }
  return narrow(fx, closureCall(fx, expr(fx, callee), node), node);
}

/** A call link of an optional chain: `cur` is the callee value, or the receiver of a pending member. */
export function applyCallLink(fx: FnLower, cur: Expr, link: ts.CallExpression): Expr {
  const pending = (cur as { pendingMember?: ts.PropertyAccessExpression }).pendingMember;
  if (pending) {
    const recv = { ...cur } as Expr & { pendingMember?: unknown };
    delete recv.pendingMember;
    return methodOn(fx, recv, pending.name.text, link, pending);
  }
  return closureCall(fx, cur, link);
}

function superCall(fx: FnLower, node: ts.CallExpression): Expr {
  const cls = fx.ir.thisCls;
  if (!cls || !cls.base) fail(node, "YAO1801", "super(...) outside a derived constructor", "");
  if (cls.base.builtin) {
    return callArgs(fx, [{ k: "str", nul: 2 }], node.arguments.slice(0, 1), node, ([msg]) => errorInit(fx.thisExpr!, msg));
  }
  const ctor = cls.base.ctor!;
  const decl = fx.L.declOf.get(ctor);
  return callArgs(fx, ctor.params.map((p) => p.ty), node.arguments, node,
    (args) => ({ e: "call", f: ctor, args, recv: fx.thisExpr!, ty: VOID }), [], (raw) => fx.L.noteCall(decl, raw), hasRest(decl));
}

function directCall(fx: FnLower, node: ts.CallExpression, id: ts.Identifier): Expr | undefined {
  const sym = fx.L.symbolOf(id);
  if (!sym) fail(id, "YAO1510", `cannot resolve '${id.text}'`, "");
  const decl = sym.valueDeclaration ?? sym.declarations?.[0];
  if (decl?.getSourceFile().isDeclarationFile) return builtinCall(fx, id.text, node);
  if (fx.vars.has(sym)) return undefined; // a local function value
  const gd = sym.valueDeclaration;
  if (gd && fx.L.genericFuncDecls.has(gd)) return genericCall(fx, gd as ts.FunctionDeclaration, node);
  const f = fx.L.funcOfSymbol(sym);
  if (!f) return undefined;
  const native = fx.L.nativeFns.get(sym.valueDeclaration!);
  if (native) return nativeCall(fx, native, node);
  return directCallTo(fx, f, sym.valueDeclaration as ts.FunctionLikeDeclaration, node);
}

/** A call to a generic function: the instance for the call's type arguments (monomorphization). */
function genericCall(fx: FnLower, d: ts.FunctionDeclaration, node: ts.CallExpression): Expr {
  const sig = fx.checker.getResolvedSignature(node);
  const targs = sig ? fx.checker.getTypeArgumentsForResolvedSignature(sig) : undefined;
  if (!targs) fail(node, "YAO1809", "cannot infer this generic call's type arguments", "write them: f<T>(...)");
  const f = fx.L.funcInstance(d, targs.map((t) => mapType(fx.env, t, node)), node);
  return callArgs(fx, f.params.map((p) => p.ty), node.arguments, node, (args) => ({ e: "call", f, args, ty: f.ret }), [], undefined, hasRest(d));
}

/** A direct call to a declared function: arguments noted for interprocedural integer inference. */
function directCallTo(fx: FnLower, f: FuncIR, d: ts.FunctionLikeDeclaration, node: ts.CallExpression, recv?: Expr): Expr {
  const params = f.params.map((p) => p.ty); // as declared (with the instance's types for generic classes)
  const first = recv ? [recv] : [];
  return callArgs(fx, params, node.arguments, node, (xs) => {
    const args = recv ? xs.slice(1) : xs;
    return { e: "call", f, args, recv: recv ? xs[0] : undefined, ty: f.ret, lo: f.retLo, hi: f.retHi };
  }, first, (raw) => fx.L.noteCall(d, raw), hasRest(d));
}

/**
 * Lowers arguments left to right, converts them to the parameter types, fills omitted ones with
 * undefined. With `rest`, the last parameter is a rest parameter: the arguments from its position
 * on (spread ones included) are packed into a new array, as JavaScript does on entry to the callee.
 */
export function callArgs(fx: FnLower, params: Ty[], argNodes: readonly ts.Expression[], at: ts.Node, build: (args: Expr[]) => Expr,
  first: Expr[] = [], noteRaw?: (raw: Expr[]) => void, rest = false): Expr {
  const fixed = rest ? params.length - 1 : params.length;
  for (const a of argNodes.slice(0, rest ? fixed : argNodes.length)) {
    if (ts.isSpreadElement(a)) fail(a, "YAO1504", "spread arguments are only supported where they fill a rest parameter", "pass the elements");
  }
  const raw = argNodes.slice(0, fixed).map((a) => expr(fx, a));
  noteRaw?.(raw);
  const vals = raw.map((e, i) => coerce(e, params[i], argNodes[i]));
  if (rest) vals.push(restArray(fx, params[fixed], argNodes.slice(fixed), at));
  const extra = rest ? [] : argNodes.slice(params.length).map((a) => expr(fx, a));
  const all = [...first, ...vals, ...extra];
  return ordered(fx, all, (xs) => {
    const args = xs.slice(first.length, first.length + vals.length);
    for (let i = args.length; i < params.length; i++) args.push(undefinedOf(params[i], at));
    const call = build([...xs.slice(0, first.length), ...args]);
    const dropped = xs.slice(first.length + vals.length);
    return dropped.length ? seq(dropped, call) : call;
  });
}

/** The array a rest parameter receives: the trailing arguments, spread ones expanded. */
function restArray(fx: FnLower, t: Ty, argNodes: readonly ts.Expression[], at: ts.Node): Expr {
  if (t.k !== "arr") fail(at, "YAO1012", "a rest parameter must be typed as an array (T[])", "write ...name: T[]");
  return arrayOf(fx, argNodes, t);
}

/** Whether a declaration's last parameter is a rest parameter. */
function hasRest(d: ts.SignatureDeclaration | undefined): boolean {
  const ps = d?.parameters;
  return !!ps && ps.length > 0 && !!ps[ps.length - 1].dotDotDotToken;
}

function undefinedOf(t: Ty, at: ts.Node): Expr {
  if (t.k === "val") return rt("yao_val_undef", [], VAL, true);
  if (isRef(t) && t.nul & 2) return { e: "undef", ty: t };
  fail(at, "YAO1802", "a required argument is missing", "pass every parameter");
}

function memberCall(fx: FnLower, node: ts.CallExpression, callee: ts.PropertyAccessExpression): Expr {
  const base = callee.expression;
  const name = callee.name.text;
  if (base.kind === ts.SyntaxKind.SuperKeyword) return superMethodCall(fx, node, name);
  const sym = entitySymbol(fx, base);
  if (sym) {
    const decl = sym.valueDeclaration ?? sym.declarations?.[0];
    if (ts.isIdentifier(base) && decl?.getSourceFile().isDeclarationFile) return builtinCall(fx, `${base.text}.${name}`, node);
    if (sym.flags & ts.SymbolFlags.Class) return staticCall(fx, node, callee);
    if (sym.flags & ts.SymbolFlags.ValueModule) {
      const m = entitySymbol(fx, callee);
      const f = m ? fx.L.funcOfSymbol(m) : undefined;
      if (f && m) return directCallTo(fx, f, m.valueDeclaration as ts.FunctionLikeDeclaration, node);
    }
  }
  const recv = expr(fx, base);
  return methodOn(fx, recv, name, node, callee);
}

/** recv.name(args) for an already lowered receiver. */
export function methodOn(fx: FnLower, recv: Expr, name: string, node: ts.CallExpression, callee: ts.PropertyAccessExpression): Expr {
  const t = recv.ty;
  if (t.k === "cls") {
    const m = t.cls.methods.get(`method:${name}`);
    const d = m ? fx.L.declOf.get(m.fn) as ts.MethodDeclaration | undefined : undefined;
    if (m && d && m.slot < 0) return directCallTo(fx, m.fn, d, node, recv);
    if (m) {
      const md = fx.L.declOf.get(m.fn) as ts.SignatureDeclaration | undefined;
      return callArgs(fx, m.fn.params.map((p) => p.ty), node.arguments, node, (args) => methodCall(m, args[0], args.slice(1)), [recv], undefined, hasRest(md));
    }
    const f = findField(t.cls, name);
    if (f && f.ty.k === "fn") return closureCall(fx, { e: "field", obj: recv, cls: t.cls, f, ty: f.ty }, node);
    if (name === "toString" && node.arguments.length === 0) return toStr(recv, node); // Object.prototype.toString, Error.prototype.toString
    fail(callee, "YAO1803", `'${name}' is not a method of ${t.cls.name}`, "");
  }
  if (t.k === "obj") return structuralCall(fx, recv, name, node, callee);
  return builtinMethod(fx, recv, name, node);
}

/** Parameter types of a method whose body has not been lowered yet (they come from its declaration). */
function declParams(fx: FnLower, f: FuncIR, cls: ClassIR, name: string): Ty[] {
  const decl = fx.L.classDecls.get(cls)!;
  for (let c: ClassIR | null = cls; c; c = c.base) {
    const d = fx.L.classDecls.get(c)!;
    const m = d.members.find((x) => ts.isMethodDeclaration(x) && x.name.getText() === name) as ts.MethodDeclaration | undefined;
    if (m) return m.parameters.map((p) => fx.L.paramType(p));
  }
  void decl; void f;
  return [];
}

function structuralCall(fx: FnLower, recv: Expr, name: string, node: ts.CallExpression, callee: ts.PropertyAccessExpression): Expr {
  // the member's declared signature (an optional call's resolved one also allows undefined)
  const recvType = fx.checker.getNonNullableType(fx.checker.getTypeAtLocation(callee.expression));
  const prop = recvType.getProperty(name);
  const declared = prop ? fx.checker.getTypeOfSymbolAtLocation(prop, callee).getCallSignatures() : [];
  const sig = declared.length === 1 ? declared[0] : fx.checker.getResolvedSignature(node);
  if (!sig) fail(node, "YAO1804", "cannot resolve this call's signature", "");
  const s = mapSignature(fx.env, sig, callee);
  const sel = fx.L.selector(name);
  return callArgs(fx, s.params, node.arguments, node, (args) => ({ e: "mcall", obj: args[0], name, sel, sig: s, args: args.slice(1), ty: s.ret }), [recv], undefined, !!s.rest);
}

function superMethodCall(fx: FnLower, node: ts.CallExpression, name: string): Expr {
  const cls = fx.ir.thisCls;
  const m = cls?.base?.methods.get(`method:${name}`);
  if (!m || m.isAbstract) fail(node, "YAO1805", `super.${name}() has no implementation to call`, "");
  return directCallTo(fx, m.fn, fx.L.declOf.get(m.fn) as ts.MethodDeclaration, node, fx.thisExpr!);
}

function staticCall(fx: FnLower, node: ts.CallExpression, callee: ts.PropertyAccessExpression): Expr {
  const msym = fx.checker.getSymbolAtLocation(callee.name);
  const d = msym?.valueDeclaration;
  const f = d ? fx.L.funcs.get(d) : undefined;
  if (!f || !d) fail(callee, "YAO1806", "unknown static method", "");
  return directCallTo(fx, f, d as ts.MethodDeclaration, node);
}

/** Calls a function value (closure). */
export function closureCall(fx: FnLower, fn: Expr, node: ts.CallExpression): Expr {
  if (fn.ty.k !== "fn") fail(node.expression, "YAO1807", "this value cannot be called", "");
  const sig: Sig = fn.ty.sig;
  return callArgs(fx, sig.params, node.arguments, node, (args) => ({ e: "ccall", clo: args[0], sig, args: args.slice(1), ty: sig.ret }), [fn], undefined, !!sig.rest);
}

function nativeCall(fx: FnLower, native: { csym: string; params: string[]; ret: string }, node: ts.CallExpression): Expr {
  const args = node.arguments.map((a, i) => nativeArg(fx, expr(fx, a), native.params[i], a));
  const ret = native.ret;
  return ordered(fx, args, (xs) => {
    if (ret === "void") return rt(native.csym, xs, VOID);
    if (ret === "double") return rt(native.csym, xs, F64);
    if (ret === "bool") return rt(native.csym, xs, { k: "bool" });
    if (ret === "yao_typed *") return rt(native.csym, xs, { k: "typed", ta: "u8", nul: 0 });
    const r = nativeRange(ret);
    return intRt(`(int64_t)${native.csym}`, xs, r[0], r[1], false);
  });
}

function nativeRange(c: string): [number, number] {
  const m: Record<string, [number, number]> = {
    uint8_t: [0, 255], uint16_t: [0, 65535], uint32_t: [0, 2 ** 32 - 1], int32_t: [-(2 ** 31), 2 ** 31 - 1],
    int8_t: [-128, 127], int16_t: [-32768, 32767], uint64_t: [0, 2 ** 53], int64_t: [-(2 ** 53), 2 ** 53],
  };
  return m[c];
}

function nativeArg(fx: FnLower, e: Expr, ctype: string, at: ts.Node): Expr {
  const castTo = (x: Expr): Expr => ({ e: "rt", fn: `(${ctype})`, args: [x], ty: INT, lo: x.lo, hi: x.hi, pure: true });
  switch (ctype) {
    case "double": return coerce(e, F64, at);
    case "bool": return coerce(e, { k: "bool" }, at);
    case "yao_typed *": case "yao_fn *": return e;
    case "uint64_t": case "int64_t":
      return e.ty.k === "int" ? castTo(e) : rt("yao_to_u64", [coerce(e, F64, at)], INT);
    case "int32_t": case "int16_t": case "int8_t": return castTo(N.toInt32(coerce(e, e.ty.k === "int" ? INT : F64, at)));
    default: return castTo(N.toUint32(coerce(e, e.ty.k === "int" ? INT : F64, at)));
  }
  void fx;
}

export function lowerNew(fx: FnLower, node: ts.NewExpression): Expr {
  const callee = node.expression;
  const sym = entitySymbol(fx, callee);
  if (!sym) fail(callee, "YAO1808", "new needs a class name", "");
  const symDecl = sym.valueDeclaration ?? sym.declarations?.[0];
  if (symDecl?.getSourceFile().isDeclarationFile && ts.isIdentifier(callee)) return builtinNew(fx, callee.text, node);
  if (!(sym.flags & ts.SymbolFlags.Class)) fail(callee, "YAO1808", "new needs a class name", "");
  const made = mapType(fx.env, fx.checker.getTypeAtLocation(node), node); // for a generic class, this instance
  const cls = made.k === "cls" ? made.cls : fx.L.classFor(sym, callee);
  const decl = ctorDecl(fx, cls);
  const owner = ctorOwner(fx, cls);
  const params = decl && owner ? owner.ctor!.params.map((p) => p.ty)
    : cls.isError ? [{ k: "str", nul: 2 } as Ty] : []; // no constructor up to Error's: it takes the message
  return callArgs(fx, params, node.arguments ?? [], node, (args) => ({ e: "new", cls, args, ty: { k: "cls", cls, nul: 0 } }),
    [], (raw) => fx.L.noteCall(decl, raw), hasRest(decl));
}

/** The class (C or a base) whose explicit constructor `new C()` runs first. */
function ctorOwner(fx: FnLower, cls: ClassIR): ClassIR | undefined {
  for (let c: ClassIR | null = cls; c && !c.builtin; c = c.base) {
    const d = fx.L.classDecls.get(c)!;
    if (d.members.some((m) => ts.isConstructorDeclaration(m) && !!m.body)) return c;
  }
  return undefined;
}

/** The constructor declaration that `new C()` runs first: C's own, or the nearest base's. */
function ctorDecl(fx: FnLower, cls: ClassIR): ts.ConstructorDeclaration | undefined {
  for (let c: ClassIR | null = cls; c && !c.builtin; c = c.base) {
    const d = fx.L.classDecls.get(c)!;
    const ctor = d.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
    if (ctor) return ctor;
  }
  return undefined;
}

export { mapType };
