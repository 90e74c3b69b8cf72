// Maps TypeScript types to IR representation types (ir.ts). Called by every lowering file.
// The mapping is the heart of the subset's data model:
//   number → f64 (locals may later be narrowed to int by intvars.ts), boolean → bool,
//   string → str, class instances → cls, T[] → arr, typed arrays, ArrayBuffer, DataView,
//   function types → fn, interfaces and object types → obj (structural), and
//   T | null | undefined → the same reference type with a nullability mark; any other union
//   → val (a tagged value).
import ts from "typescript";
import { Ty, RefTy, Nul, TAKind, Sig, F64, BOOL, VOID, VAL, STR, ClassIR } from "../ir/ir";
import { fail } from "../diag";

export const typedArrayKinds: Record<string, TAKind> = {
  Int8Array: "i8", Uint8Array: "u8", Uint8ClampedArray: "u8c", Int16Array: "i16",
  Uint16Array: "u16", Int32Array: "i32", Uint32Array: "u32", Float32Array: "f32", Float64Array: "f64",
};

export interface TypeEnv {
  checker: ts.TypeChecker;
  classFor(sym: ts.Symbol, at: ts.Node, typeArgs?: Ty[]): ClassIR;
  errorClass(name: string): ClassIR | undefined; // the runtime's Error classes
  subst?: Subst; // inside an instance of a generic function or class: its type parameters' types
}

/** Type parameters of a generic declaration → the IR types of one instance (monomorphization). */
export type Subst = Map<ts.Type, Ty>;

/** A short name for a type, for instance names: Stack__num, maxBy__Person. */
export function tyKey(t: Ty): string {
  switch (t.k) {
    case "f64": case "int": return "num";
    case "cls": return t.cls.name || "obj";
    case "arr": return `arr_${tyKey(t.elem)}`;
    case "typed": return t.ta;
    case "fn": return "fn";
    case "box": return "box";
    case "raw": return "raw";
    default: return t.k;
  }
}

function isLibSymbol(sym: ts.Symbol | undefined): boolean {
  const d = sym?.declarations?.[0];
  return !!d && d.getSourceFile().isDeclarationFile && /lib\.[a-z0-9.]*d\.ts$/.test(d.getSourceFile().fileName);
}

export function libName(t: ts.Type): string | undefined {
  const sym = t.aliasSymbol && isLibSymbol(t.aliasSymbol) ? t.aliasSymbol : t.getSymbol();
  return sym && isLibSymbol(sym) ? sym.getName() : undefined;
}

/** Maps a TypeScript type to its IR type. `at` positions errors. */
export function mapType(env: TypeEnv, t: ts.Type, at: ts.Node): Ty {
  const f = t.flags;
  if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
    fail(at, "YAO1001", "values of type any or unknown are outside the subset", "give the value a precise type");
  }
  if (f & ts.TypeFlags.Never) return VOID;
  if (f & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return VOID;
  if (f & ts.TypeFlags.Null) return { k: "obj", nul: 1 }; // a bare null value
  if (f & ts.TypeFlags.NumberLike) return F64;
  if (f & ts.TypeFlags.BooleanLike) return BOOL;
  if (f & ts.TypeFlags.StringLike) return STR;
  if (f & ts.TypeFlags.BigIntLike) fail(at, "YAO1002", "bigint is outside the subset", "use number");
  if (f & ts.TypeFlags.ESSymbolLike) fail(at, "YAO1003", "Symbol is outside the subset", "use a string or enum");
  if (t.isUnion()) return mapUnion(env, t, at);
  if (f & ts.TypeFlags.TypeParameter) {
    const bound = env.subst?.get(t);
    if (bound) return bound;
    if ((t as ts.TypeParameter).isThisType) { // `this` as a type (fluent `use(m): this`): the class it is written in
      const cls = env.checker.getBaseConstraintOfType(t);
      if (cls && cls !== t) return mapType(env, cls, at);
    }
    fail(at, "YAO1004", "this use of a generic type parameter is not supported", "call the generic function or class with concrete types");
  }
  if (t.isIntersection()) fail(at, "YAO1005", "intersection types are outside the subset", "declare an interface");
  if (f & ts.TypeFlags.Object) return mapObject(env, t as ts.ObjectType, at);
  fail(at, "YAO1006", `type '${env.checker.typeToString(t)}' is outside the subset`, "use number, boolean, string, a class, an interface or an array");
}

/** Unions being mapped: a recursive type (type V = number | V[]) meets itself inside. */
const unionsInProgress = new Set<ts.Type>();

function mapUnion(env: TypeEnv, t: ts.UnionType, at: ts.Node): Ty {
  if (unionsInProgress.has(t)) return recursiveUnion(t);
  unionsInProgress.add(t);
  try {
    return mapUnionMembers(env, t, at);
  } finally {
    unionsInProgress.delete(t);
  }
}

/**
 * A union met again while it is being mapped, decided without mapping its members (which
 * would recurse): what mapUnionMembers gives it. Primitives of different kinds, or primitives
 * with objects, make a tagged value; objects alone a structural reference.
 */
function recursiveUnion(t: ts.UnionType): Ty {
  const F = ts.TypeFlags;
  const kinds = new Set<string>();
  let nul: Nul = 0;
  for (const m of t.types) {
    if (m.flags & F.Null) nul = (nul | 1) as Nul;
    else if (m.flags & (F.Undefined | F.Void)) nul = (nul | 2) as Nul;
    else kinds.add(m.flags & F.NumberLike ? "number" : m.flags & F.BooleanLike ? "boolean" : m.flags & F.StringLike ? "string" : "object");
  }
  if (kinds.size === 1 && kinds.has("object")) return { k: "obj", nul };
  return VAL;
}

function mapUnionMembers(env: TypeEnv, t: ts.UnionType, at: ts.Node): Ty {
  let nul: Nul = 0;
  const rest: ts.Type[] = [];
  for (const m of t.types) {
    if (m.flags & ts.TypeFlags.Null) nul = (nul | 1) as Nul;
    else if (m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) nul = (nul | 2) as Nul;
    else rest.push(m);
  }
  if (rest.length === 0) return nul === 2 ? VOID : { k: "obj", nul };
  const mapped = rest.map((m) => mapType(env, m, at));
  const first = mapped[0];
  const same = mapped.every((m) => sameTy(m, first));
  if (same && nul === 0) return first; // e.g. 1 | 2, "a" | "b", true | false
  if (same && "nul" in first) return { ...first, nul: (first.nul | nul) as Nul };
  if (mapped.every((m) => "nul" in m && m.k !== "box")) {
    // several reference kinds (A | B, Foo | Bar[]): a structural reference
    return { k: "obj", nul };
  }
  return VAL;
}

export function sameTy(a: Ty, b: Ty): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case "cls": return a.cls === (b as typeof a).cls;
    case "arr": return sameTy(a.elem, (b as typeof a).elem);
    case "typed": return a.ta === (b as typeof a).ta;
    case "fn": return sameSig(a.sig, (b as typeof a).sig);
    case "box": return sameTy(a.inner, (b as typeof a).inner);
    case "map": return sameTy(a.key, (b as typeof a).key) && sameTy(a.val, (b as typeof a).val);
    case "set": return sameTy(a.elem, (b as typeof a).elem);
    default: return true;
  }
}

export function sameSig(a: Sig, b: Sig): boolean {
  return a.params.length === b.params.length && sameTy(a.ret, b.ret) && !a.rest === !b.rest &&
    a.params.every((p, i) => sameTy(p, b.params[i]));
}

function mapObject(env: TypeEnv, t: ts.ObjectType, at: ts.Node): Ty {
  const { checker } = env;
  if (checker.isTupleType(t)) return { k: "arr", elem: VAL, nul: 0 }; // a tuple is an array of any values
  if (checker.isArrayType(t)) {
    const [elem] = checker.getTypeArguments(t as ts.TypeReference);
    return { k: "arr", elem: mapType(env, elem, at), nul: 0 };
  }
  const lib = libName(t);
  if ((lib === "Map" || lib === "ReadonlyMap" || lib === "Set" || lib === "ReadonlySet") && (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
    const args = checker.getTypeArguments(t as ts.TypeReference).map((a) => mapType(env, a, at));
    return lib.endsWith("Map") ? { k: "map", key: args[0], val: args[1], nul: 0 } : { k: "set", elem: args[0], nul: 0 };
  }
  if (lib === "ConcatArray" && (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
    const [elem] = checker.getTypeArguments(t as ts.TypeReference);
    return { k: "arr", elem: mapType(env, elem, at), nul: 0 };
  }
  if (lib !== undefined) {
    const err = env.errorClass(lib);
    if (err) return { k: "cls", cls: err, nul: 0 };
    return mapLibType(lib, at);
  }
  const sym = t.getSymbol();
  if (sym && sym.flags & ts.SymbolFlags.Class) {
    const args = (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference ? checker.getTypeArguments(t as ts.TypeReference) : [];
    return { k: "cls", cls: env.classFor(sym, at, args.map((a) => mapType(env, a, at))), nul: 0 };
  }
  const calls = t.getCallSignatures();
  if (calls.length > 0) {
    if (calls.length > 1) fail(at, "YAO1008", "overloaded function types are not supported", "use one signature");
    if (t.getProperties().length > 0) fail(at, "YAO1009", "functions with properties are outside the subset", "use a class");
    return { k: "fn", sig: mapSignature(env, calls[0], at), nul: 0 };
  }
  if (t.getConstructSignatures().length > 0) {
    fail(at, "YAO1010", "classes as values (constructor types) are not supported yet", "call the constructor directly");
  }
  return { k: "obj", nul: 0 };
}

function mapLibType(name: string, at: ts.Node): Ty {
  const ta = typedArrayKinds[name];
  if (ta) return { k: "typed", ta, nul: 0 };
  if (name === "ArrayBuffer" || name === "SharedArrayBuffer" || name === "ArrayBufferLike") return { k: "abuf", nul: 0 };
  if (name === "DataView") return { k: "dview", nul: 0 };
  if (name === "Number") return F64;
  if (name === "String") return STR;
  if (name === "Boolean") return BOOL;
  fail(at, "YAO1011", `the library type '${name}' is not supported yet`, "see docs/compiler.md for the supported library");
}

export function mapSignature(env: TypeEnv, s: ts.Signature, at: ts.Node): Sig {
  let rest = false;
  const params = s.getParameters().map((p) => {
    const decl = p.valueDeclaration as ts.ParameterDeclaration | undefined;
    if (decl && ts.isParameter(decl) && decl.dotDotDotToken) rest = true;
    const pt = env.checker.getTypeOfSymbolAtLocation(p, at);
    return paramTy(env, pt, decl, at);
  });
  const ret = mapType(env, s.getReturnType(), at);
  return rest ? { params, ret, rest } : { params, ret };
}

/** An optional parameter without a default holds undefined when omitted: a number becomes val. */
export function paramTy(env: TypeEnv, t: ts.Type, decl: ts.ParameterDeclaration | undefined, at: ts.Node): Ty {
  // A callback parameter typed unknown by its context (Array.from({ length }, (_, i) => ...)) holds
  // a tagged value; using it as anything else is still rejected where it is used.
  if (t.flags & ts.TypeFlags.Unknown && decl && !decl.type) return VAL;
  const ty = mapType(env, t, at);
  const optional = !!decl && (!!decl.questionToken || !!decl.initializer);
  if (!optional) return ty;
  if ("nul" in ty) return { ...ty, nul: (ty.nul | 2) as Nul };
  return VAL; // number/boolean that may be missing
}

export function refNul(t: Ty): Nul {
  return "nul" in t ? t.nul : 0;
}

export function withNul(t: Ty, nul: Nul): Ty {
  return "nul" in t ? { ...t, nul } : t;
}

export { F64, BOOL, VOID, VAL, STR };
export type { RefTy };
