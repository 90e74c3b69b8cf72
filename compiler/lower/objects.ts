// Object literals and destructuring. A literal `{ a: 1, b }` gets a fixed layout of its own (an
// anonymous struct with a shape, like a class without methods); values of interface or object
// types reach its fields through structural member lookup. Its fields are the contextual type's
// properties (so optional ones can be assigned later) in the literal's own order first.
// Destructuring (`const { a, b = 2 } = o`, `const [x, ...rest] = xs`) reads members and elements
// one by one, with defaults applied where the value is undefined.
import ts from "typescript";
import { Expr, Ty, Stmt, Var, ClassIR, FieldIR, VAL, VOID, BOOL, INT, isRef, Nul } from "../ir/ir";
import { fail } from "../diag";
import type { FnLower } from "./fn";
import { rt, local, intLit, stmts, f64Lit, arrayElemSize } from "./build";
import { coerce } from "./convert";
import { mapType } from "./types";
import { expr } from "./expr";
import { cIdent } from "./names";
import { propByName } from "./access";

/** The layout for one object literal site (made once per program round). */
export function literalShape(fx: FnLower, node: ts.ObjectLiteralExpression): { cls: ClassIR; present: Set<string> } {
  const L = fx.L;
  const key = fx.subst?.size ? fx.ir.cname : "";
  const perNode = L.literalShapes.get(node) ?? new Map();
  L.literalShapes.set(node, perNode);
  const hit = perNode.get(key);
  if (hit) return hit;
  const ctx = fx.checker.getContextualType(node);
  const own = fx.checker.getTypeAtLocation(node);
  const source = ctx && !(ctx.flags & ts.TypeFlags.Union && (ctx as ts.UnionType).types.length > 1 && !isOptionalUnion(ctx)) ? nonNullable(fx, ctx) : own;
  if (source.getSymbol()?.flags && source.getSymbol()!.flags & ts.SymbolFlags.Class) {
    fail(node, "YAO1520", "an object literal cannot stand for a class instance in yao (classes are nominal)", "construct it with new");
  }
  const cls: ClassIR = {
    name: "", cname: L.globalNames.fresh(`${L.prefixOf(node)}__literal`), base: null, fields: [], methods: new Map(),
    vtable: [], ctor: null, isAbstract: false, id: 100000 + L.globalNames.fresh("lit").length, literal: true,
  };
  const present = new Set<string>();
  const taken = new Set<string>();
  const add = (name: string, ty: Ty, optional = false) => {
    let cname = cIdent(name);
    while (taken.has(cname) || cname === "yao__h") cname += "_";
    taken.add(cname);
    cls.fields.push({ name, cname, ty, owner: cls, optional } satisfies FieldIR);
  };
  const props = source.getProperties();
  const typeOfProp = (p: ts.Symbol): Ty => mapType(fx.env, fx.checker.getTypeOfSymbolAtLocation(p, node), node);
  const addPresent = (name: string, fallback?: ts.Symbol) => {
    if (present.has(name)) return;
    present.add(name);
    const p = props.find((q) => q.getName() === name) ?? own.getProperty(name) ?? fallback;
    if (p) add(name, typeOfProp(p));
  };
  for (const el of node.properties) {
    if (ts.isSpreadAssignment(el)) {
      // a spread provides its source's properties, in their order
      const src = fx.checker.getNonNullableType(fx.checker.getTypeAtLocation(el.expression));
      for (const p of src.getProperties()) addPresent(p.getName(), p);
      continue;
    }
    const name = propName(el);
    if (name !== undefined) addPresent(name);
  }
  for (const p of props) if (!present.has(p.getName())) add(p.getName(), withUndefined(typeOfProp(p)), true);
  const made = { cls, present };
  perNode.set(key, made);
  return made;
}

function isOptionalUnion(t: ts.Type): boolean {
  return t.isUnion() && t.types.filter((m) => !(m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))).length === 1;
}

function nonNullable(fx: FnLower, t: ts.Type): ts.Type {
  return fx.checker.getNonNullableType(t);
}

function withUndefined(t: Ty): Ty {
  if (isRef(t)) return { ...t, nul: (t.nul | 2) as Nul };
  return t.k === "val" ? t : VAL;
}

function propName(el: ts.ObjectLiteralElementLike): string | undefined {
  if (ts.isSpreadAssignment(el)) return undefined;
  const n = el.name;
  if (!n) return undefined;
  if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) || ts.isPrivateIdentifier(n)) return n.text;
  return undefined;
}

export function objectLiteral(fx: FnLower, node: ts.ObjectLiteralExpression): Expr {
  const { cls } = literalShape(fx, node);
  const clsTy: Ty = { k: "cls", cls, nul: 0 };
  const o = fx.temp(clsTy, "lit");
  const body: Stmt[] = [{ s: "decl", v: o, init: rt("YAO_NEW_LIT", [{ e: "shape", cls, ty: VOID }], clsTy) }];
  for (const f of cls.fields) {
    if (isRef(f.ty) && f.ty.nul & 2) continue; // absent optional fields start undefined (zeroed)
    if (f.ty.k === "val") body.push(setField(o, cls, f, rt("yao_val_undef", [], VAL, true)));
  }
  node.properties.forEach((el, i) => {
    // a spread's value for a key that a later property sets is overwritten: it is not read
    const later = new Set(node.properties.slice(i + 1).map(propName).filter((n): n is string => n !== undefined));
    body.push(...initProperty(fx, o, cls, el, later));
  });
  return stmts(body, { e: "cast", a: local(o), ty: { k: "obj", nul: 0 } });
}

function setField(o: Var, cls: ClassIR, f: FieldIR, v: Expr): Stmt {
  return { s: "expr", e: { e: "assign", target: { e: "field", obj: local(o), cls, f }, v, ty: f.ty } };
}

function initProperty(fx: FnLower, o: Var, cls: ClassIR, el: ts.ObjectLiteralElementLike, later: Set<string>): Stmt[] {
  if (ts.isSpreadAssignment(el)) return spreadInto(fx, o, cls, el, later);
  if (ts.isMethodDeclaration(el) || ts.isGetAccessor(el) || ts.isSetAccessor(el)) {
    fail(el, "YAO1521", "methods and accessors in object literals are not supported", "use an arrow function property, or a class");
  }
  if (el.name && ts.isComputedPropertyName(el.name)) fail(el.name, "YAO1218", "computed property names are outside the subset", "use a Map");
  const name = propName(el)!;
  const f = cls.fields.find((x) => x.name === name);
  if (!f) return [];
  const init = ts.isShorthandPropertyAssignment(el) ? expr(fx, el.name) : expr(fx, (el as ts.PropertyAssignment).initializer);
  return [setField(o, cls, f, coerce(init, f.ty, el))];
}

/** `{ ...src }`: every property of src's static type, read now, overrides what came before. */
function spreadInto(fx: FnLower, o: Var, cls: ClassIR, el: ts.SpreadAssignment, later: Set<string>): Stmt[] {
  const src = expr(fx, el.expression);
  const t = fx.temp(src.ty, "src");
  const out: Stmt[] = [{ s: "decl", v: t, init: src }];
  const srcType = fx.checker.getNonNullableType(fx.checker.getTypeAtLocation(el.expression));
  for (const p of srcType.getProperties()) {
    const f = cls.fields.find((x) => x.name === p.getName());
    if (!f || later.has(p.getName())) continue;
    const pty = mapType(fx.env, fx.checker.getTypeOfSymbolAtLocation(p, el), el);
    const v = propByName(fx, local(t), p.getName(), el, () => pty);
    out.push(setField(o, cls, f, coerce(v, f.ty, el)));
  }
  if (isRef(src.ty) && src.ty.nul) {
    return [{ s: "decl", v: t, init: src }, { s: "if", c: rt("YAO_NOT_NULLISH", [local(t)], BOOL, true), then: out.slice(1), else: [] }];
  }
  return out;
}

// ---- destructuring ---------------------------------------------------------------------------

/**
 * Binds the names of a pattern to the parts of `value`: `declare` makes each a new variable (or
 * for assignment patterns writes the place). Defaults apply when the part is undefined.
 */
export function destructure(fx: FnLower, pattern: ts.BindingName, value: Expr, declare: (name: ts.Identifier, v: Expr) => Stmt[]): Stmt[] {
  if (ts.isIdentifier(pattern)) return declare(pattern, value);
  const t = fx.temp(value.ty, "d");
  const out: Stmt[] = [{ s: "decl", v: t, init: value }];
  if (ts.isObjectBindingPattern(pattern)) {
    for (const el of pattern.elements) {
      if (el.dotDotDotToken) fail(el, "YAO1522", "rest in object destructuring is not supported", "read the remaining members explicitly");
      const key = el.propertyName ?? el.name;
      if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) fail(key, "YAO1218", "computed keys in destructuring are outside the subset", "");
      const want = mapType(fx.env, fx.checker.getTypeAtLocation(el.name), el.name);
      const read = (w: Ty) => propByName(fx, local(t), key.text, el, () => w);
      out.push(...bindPart(fx, el, read, want, declare));
    }
    return out;
  }
  pattern.elements.forEach((el, i) => {
    if (ts.isOmittedExpression(el)) return;
    if (el.dotDotDotToken) {
      if (value.ty.k !== "arr") fail(el, "YAO1523", "rest elements need an array", "");
      const rest = rt("yao_arr_slice", [local(t), f64Lit(i), f64Lit(Infinity), arrayElemSize(value.ty.elem)], value.ty);
      out.push(...destructure(fx, el.name, rest, declare));
      return;
    }
    const want = mapType(fx.env, fx.checker.getTypeAtLocation(el.name), el.name);
    const read = (w: Ty) => elementValue(local(t), i, w);
    out.push(...bindPart(fx, el, read, want, declare));
  });
  return out;
}

/** arr[i] as a tagged value when it may be missing (undefined past the end), else typed. */
export function elementValue(arr: Expr, i: number, want: Ty): Expr {
  const t = arr.ty;
  if (t.k !== "arr") return { e: "undef", ty: want };
  const elem = t.elem;
  const ct: Expr = { e: "rt", fn: "@ctype", args: [], ty: elem, pure: true };
  if (isRef(elem)) return rt("YAO_ARR_GET_OR", [ct, arr, intLit(i), { e: "undef", ty: elem }], { ...elem, nul: (elem.nul | 2) as Nul }, true);
  if (elem.k === "val") return rt("YAO_ARR_GET_OR", [ct, arr, intLit(i), rt("yao_val_undef", [], VAL, true)], VAL, true);
  const box: Expr = { e: "rt", fn: elem.k === "bool" ? "@type:yao_val_bool" : "@type:yao_val_num", args: [], ty: VOID, pure: true };
  return rt("YAO_ARR_GET_VAL", [ct, arr, intLit(i), box], VAL, true);
}

function bindPart(fx: FnLower, el: ts.BindingElement, read: (w: Ty) => Expr, want: Ty,
  declare: (name: ts.Identifier, v: Expr) => Stmt[]): Stmt[] {
  if (!el.initializer) return destructure(fx, el.name, coerce(read(want), want, el), declare);
  const part = withDefault(fx, read, want, el.initializer, el);
  return [part.decl, ...destructure(fx, el.name, part.value, declare)];
}

/**
 * A destructured part with a default (`{ a = 1 }`, `[x = 0]`): read as a value that can be
 * undefined into a temporary (`decl`), then `value` is the default where it is undefined.
 */
export function withDefault(fx: FnLower, read: (w: Ty) => Expr, want: Ty, dflt: ts.Expression, at: ts.Node): { decl: Stmt; value: Expr } {
  const raw = read(isRef(want) ? { ...want, nul: (want.nul | 2) as Nul } : VAL);
  const tmp = fx.temp(raw.ty, "part");
  const isUndef = raw.ty.k === "val" ? rt("yao_val_is_undef", [local(tmp)], BOOL, true) : rt("YAO_IS_UNDEF", [local(tmp)], BOOL, true);
  const value: Expr = { e: "cond", c: isUndef, a: coerce(expr(fx, dflt), want, dflt), b: coerce(local(tmp), want, at), ty: want };
  return { decl: { s: "decl", v: tmp, init: raw }, value };
}

export { INT };
export type { Var };
