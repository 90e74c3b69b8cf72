// Expression lowering: dispatch on the TypeScript node, operators, literals, identifiers.
// The consumer decides how a value is needed: expr() gives the natural representation,
// numExpr()/int32Expr()/truthyExpr()/valExpr() give it as JavaScript's ToNumber, ToInt32,
// ToBoolean or as a tagged value, which lets element reads past the end produce exactly
// what JavaScript produces in each context (NaN, 0, false, undefined).
import ts from "typescript";
import { Expr, Ty, F64, INT, BOOL, VAL, VOID, STR, isRef, Var, Stmt } from "../ir/ir";
import { fail, YaoError } from "../diag";
import type { FnLower } from "./fn";
import { num, rt, bin, un, seq, letIn, local, boolLit, intLit, hasEffects, isStable, f64Lit, stmts } from "./build";
import * as N from "./numeric";
import { coerce, truthy, toStr } from "./convert";
import { mapType, sameTy } from "./types";
import { lowerAssign, lowerIncDec } from "./assign";
import { propertyGet, elementGet, maybeElementRead, lowerOptionalChain, isOptionalChainRoot, entitySymbol } from "./access";
import { lowerCall, lowerNew } from "./calls";
import { objectLiteral } from "./objects";
import { mapIterable, mapLoop, mapItem, forEachItem } from "./maps";

export function expr(fx: FnLower, node: ts.Expression): Expr {
  const K = ts.SyntaxKind;
  switch (node.kind) {
    case K.NumericLiteral: return num(Number((node as ts.NumericLiteral).text));
    case K.StringLiteral: case K.NoSubstitutionTemplateLiteral:
      return { e: "str", id: fx.L.str((node as ts.StringLiteral).text), ty: STR };
    case K.TemplateExpression: return template(fx, node as ts.TemplateExpression);
    case K.TrueKeyword: return boolLit(true);
    case K.FalseKeyword: return boolLit(false);
    case K.NullKeyword: return { e: "null", ty: { k: "obj", nul: 1 } };
    case K.Identifier: return identifier(fx, node as ts.Identifier);
    case K.ThisKeyword:
      if (!fx.thisExpr) fail(node, "YAO1501", "`this` is only supported inside classes (in static methods only as this.staticMember)", "");
      return fx.thisExpr;
    case K.ParenthesizedExpression: return expr(fx, (node as ts.ParenthesizedExpression).expression);
    case K.AsExpression: case K.TypeAssertionExpression: case K.SatisfiesExpression:
      return assertion(fx, node as ts.AsExpression);
    case K.NonNullExpression: {
      if (isOptionalChainRoot(node)) return lowerOptionalChain(fx, node);
      const e = expr(fx, (node as ts.NonNullExpression).expression);
      if (isRef(e.ty) && e.ty.nul) return { ...e, ty: { ...e.ty, nul: 0 } };
      return narrow(fx, e, node);
    }
    case K.BinaryExpression: return binary(fx, node as ts.BinaryExpression);
    case K.PrefixUnaryExpression: return prefix(fx, node as ts.PrefixUnaryExpression);
    case K.PostfixUnaryExpression: return lowerIncDec(fx, node as ts.PostfixUnaryExpression, true);
    case K.ConditionalExpression: return conditional(fx, node as ts.ConditionalExpression);
    case K.CallExpression:
      if (isOptionalChainRoot(node)) return lowerOptionalChain(fx, node);
      return lowerCall(fx, node as ts.CallExpression);
    case K.NewExpression: return lowerNew(fx, node as ts.NewExpression);
    case K.PropertyAccessExpression:
      if (isOptionalChainRoot(node)) return lowerOptionalChain(fx, node);
      return propertyGet(fx, node as ts.PropertyAccessExpression);
    case K.ElementAccessExpression:
      if (isOptionalChainRoot(node)) return lowerOptionalChain(fx, node);
      return elementGet(fx, node as ts.ElementAccessExpression);
    case K.ArrowFunction: case K.FunctionExpression: return fx.closureExpr(node as ts.ArrowFunction);
    case K.ArrayLiteralExpression: return arrayLiteral(fx, node as ts.ArrayLiteralExpression);
    case K.TypeOfExpression: return typeOf(fx, node as ts.TypeOfExpression);
    case K.VoidExpression: return seq([expr(fx, (node as ts.VoidExpression).expression)], { e: "undef", ty: VOID });
    case K.ObjectLiteralExpression: return objectLiteral(fx, node as ts.ObjectLiteralExpression);
    case K.DeleteExpression:
      fail(node, "YAO1503", "delete changes an object's shape and is outside the subset", "use a Map, or set the field to null");
    case K.SpreadElement:
      fail(node, "YAO1504", "spread is not supported yet", "copy elements with a loop");
    case K.RegularExpressionLiteral:
      fail(node, "YAO1505", "regular expressions are not supported", "use string methods");
    case K.AwaitExpression: case K.YieldExpression:
      fail(node, "YAO1506", "async functions and generators are outside the subset", "use callbacks");
    case K.ClassExpression:
      fail(node, "YAO1507", "class expressions are not supported", "declare the class at module level");
    case K.TaggedTemplateExpression:
      fail(node, "YAO1508", "tagged templates are not supported", "call the function with the parts");
    case K.BigIntLiteral:
      fail(node, "YAO1002", "bigint is outside the subset", "use number");
    case K.SuperKeyword:
      fail(node, "YAO1509", "super is only supported as super(...) and super.method(...)", "");
    default:
      fail(node, "YAO1500", `expression '${K[node.kind]}' is not supported`, "see docs/compiler.md");
  }
}

/** The expression converted to the representation of its (narrowed) TypeScript type. */
export function narrow(fx: FnLower, e: Expr, node: ts.Node): Expr {
  const t = fx.checker.getTypeAtLocation(node);
  // a caught value, or an unconverted JSON.parse tree: any JavaScript value, as a tagged value
  if (t.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any) && e.ty.k === "val") return e;
  const want = mapType(fx.env, t, node);
  if (e.ty.k === "int" && want.k === "f64") return e; // ints are numbers
  if (want.k === "void") return e;
  if (sameTy(e.ty, want) && (!isRef(e.ty) || (e.ty.nul === (want as { nul: number }).nul))) return e;
  if (isRef(e.ty) && isRef(want) && e.ty.k === want.k && e.ty.k !== "fn") {
    // control flow narrows variables; a library typing (JSON.stringify: string) may not drop undefined
    const isVar = e.e === "local" || e.e === "global" || e.e === "boxval" || e.e === "cap" || e.e === "field" || e.e === "mget";
    if (!isVar && e.ty.nul && !want.nul) return e;
    return { ...e, ty: want };
  }
  return coerce(e, want, node);
}

function identifier(fx: FnLower, id: ts.Identifier): Expr {
  if (id.text === "undefined") return { e: "undef", ty: VOID };
  const sym = fx.L.symbolOf(id);
  if (!sym) fail(id, "YAO1510", `cannot resolve '${id.text}'`, "");
  if (sym.valueDeclaration?.getSourceFile().isDeclarationFile) {
    if (id.text === "NaN") return f64Lit(NaN);
    if (id.text === "Infinity") return f64Lit(Infinity);
    fail(id, "YAO1511", `the library value '${id.text}' is not supported here`, "see docs/compiler.md for the supported library");
  }
  if (sym.flags & ts.SymbolFlags.Function && !(sym.flags & ts.SymbolFlags.Variable)) {
    if (sym.valueDeclaration && fx.L.genericFuncDecls.has(sym.valueDeclaration)) {
      fail(id, "YAO1810", "a generic function used as a value has no single type", "wrap it in an arrow function with concrete types");
    }
    const f = fx.L.funcOfSymbol(sym);
    if (f && !fx.vars.has(sym)) {
      fx.L.fnrefs.add(f);
      fx.L.noteEscaping(sym.valueDeclaration);
      return { e: "fnref", fn: f, ty: mapType(fx.env, fx.checker.getTypeAtLocation(id), id) };
    }
  }
  if (sym.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum) && !(sym.flags & ts.SymbolFlags.Variable)) {
    fail(id, "YAO1512", `'${id.text}' is a class or enum: as a value it is outside the subset`, "use its members directly");
  }
  return narrow(fx, fx.readVar(sym, id), id);
}

function assertion(fx: FnLower, node: ts.AsExpression | ts.TypeAssertion | ts.SatisfiesExpression): Expr {
  const inner = expr(fx, node.expression);
  if (ts.isSatisfiesExpression(node)) return inner;
  if (ts.isAsExpression(node) && ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === "const") return inner;
  const want = mapType(fx.env, fx.checker.getTypeAtLocation(node), node);
  if (inner.ty.k === "cls" && want.k === "cls" && inner.ty.cls !== want.cls) {
    // a downcast: JavaScript does not check it, yao does, loudly, rather than read a wrong layout
    return rt("YAO_DOWNCAST", [inner, { e: "shape", cls: want.cls, ty: VOID }], want);
  }
  if (inner.ty.k === "int" && want.k === "f64") return inner;
  return coerce(inner, want, node);
}

// ---- consumers ---------------------------------------------------------------------------

/** JavaScript ToNumber for numeric operators (a read past an array's end is NaN here). */
export function numExpr(fx: FnLower, node: ts.Expression): Expr {
  const el = maybeElementRead(fx, node, "num");
  if (el) return toNumber(el, node);
  const e = expr(fx, node);
  return toNumber(e, node);
}

export function toNumber(e: Expr, node: ts.Node): Expr {
  switch (e.ty.k) {
    case "int": case "f64": return e;
    case "bool": return { e: "cast", a: e, ty: INT, lo: 0, hi: 1 };
    case "val": return rt("yao_val_tonumber", [e], F64);
    case "str": return rt("yao_str_to_number", [e], F64);
    case "void": return seq([e], f64Lit(NaN));
    default:
      if (e.e === "null") return intLit(0);
      fail(node, "YAO1513", "this value has no numeric meaning in the subset", "convert explicitly");
  }
}

/** JavaScript ToInt32 operand for bitwise operators (a read past the end is 0 here). */
export function int32Expr(fx: FnLower, node: ts.Expression): Expr {
  const el = maybeElementRead(fx, node, "int32");
  if (el) return toNumber(el, node);
  return toNumber(expr(fx, node), node);
}

export function truthyExpr(fx: FnLower, node: ts.Expression): Expr {
  const el = maybeElementRead(fx, node, "bool");
  if (el) return truthy(el);
  return truthy(expr(fx, node));
}

/** The value as a tagged value (printing, comparisons with undefined). */
export function valExpr(fx: FnLower, node: ts.Expression): Expr {
  const el = maybeElementRead(fx, node, "val");
  if (el) return el;
  return expr(fx, node);
}

// ---- operators ---------------------------------------------------------------------------

function isStringTy(t: Ty): boolean {
  return t.k === "str";
}

function binary(fx: FnLower, node: ts.BinaryExpression): Expr {
  const K = ts.SyntaxKind;
  const op = node.operatorToken.kind;
  if (op >= K.FirstAssignment && op <= K.LastAssignment) return lowerAssign(fx, node);
  switch (op) {
    case K.CommaToken: return seq([expr(fx, node.left)], expr(fx, node.right));
    case K.AmpersandAmpersandToken: case K.BarBarToken: return logical(fx, node);
    case K.QuestionQuestionToken: return nullish(fx, node);
    case K.InstanceOfKeyword: return instanceOf(fx, node);
    case K.InKeyword: fail(node, "YAO1514", "the in operator inspects property bags and is outside the subset", "use a Map");
    case K.EqualsEqualsEqualsToken: return strictEquals(fx, valOperand(fx, node.left, node.right), valOperand(fx, node.right, node.left), node);
    case K.ExclamationEqualsEqualsToken: return not(strictEquals(fx, valOperand(fx, node.left, node.right), valOperand(fx, node.right, node.left), node));
    case K.EqualsEqualsToken: return looseEquals(fx, node);
    case K.ExclamationEqualsToken: return not(looseEquals(fx, node));
  }
  return arithmetic(fx, op, node.left, node.right, node);
}

/** Lowers `left OP right` for arithmetic, bitwise, relational and + operators. */
export function arithmetic(fx: FnLower, op: ts.SyntaxKind, left: ts.Expression, right: ts.Expression, at: ts.Node): Expr {
  const K = ts.SyntaxKind;
  const bitwise = [K.AmpersandToken, K.BarToken, K.CaretToken, K.LessThanLessThanToken, K.GreaterThanGreaterThanToken,
    K.GreaterThanGreaterThanGreaterThanToken].includes(op);
  const lt = fx.checker.getTypeAtLocation(left), rtt = fx.checker.getTypeAtLocation(right);
  const isStr = (t: ts.Type) => !!(t.flags & ts.TypeFlags.StringLike) || (t.isUnion() && t.types.every((m) => !!(m.flags & ts.TypeFlags.StringLike)));
  if (op === K.PlusToken && (isStr(lt) || isStr(rtt))) {
    return ordered(fx, [valExpr(fx, left), valExpr(fx, right)], ([a, b]) => concat(toStr(a, left), toStr(b, right)));
  }
  const relational = [K.LessThanToken, K.LessThanEqualsToken, K.GreaterThanToken, K.GreaterThanEqualsToken].includes(op);
  if (relational && isStr(lt) && isStr(rtt)) {
    return ordered(fx, [expr(fx, left), expr(fx, right)], ([a, b]) => {
      if ((isRef(a.ty) && a.ty.nul) || (isRef(b.ty) && b.ty.nul)) {
        // undefined compares false with everything (it converts to NaN)
        return rt("yao_str_rel_nul", [a, b, { e: "rt", fn: `@type:${JSON.stringify(cOp(op))}`, args: [], ty: VOID, pure: true }], BOOL, true);
      }
      return bin(cOp(op), rt("yao_str_cmp", [a, b], INT, true), intLit(0), BOOL);
    });
  }
  const pick = bitwise ? int32Expr : numExpr;
  return ordered(fx, [pick(fx, left), pick(fx, right)], ([a, b]) => numericOp(op, a, b, at));
}

export function numericOp(op: ts.SyntaxKind, a: Expr, b: Expr, at: ts.Node): Expr {
  const K = ts.SyntaxKind;
  switch (op) {
    case K.PlusToken: return N.add(a, b);
    case K.MinusToken: return N.sub(a, b);
    case K.AsteriskToken: return N.mul(a, b);
    case K.SlashToken: return N.div(a, b);
    case K.PercentToken: return N.mod(a, b);
    case K.AsteriskAsteriskToken: return N.pow(a, b);
    case K.AmpersandToken: return N.bitAnd(a, b);
    case K.BarToken: return N.bitOr(a, b);
    case K.CaretToken: return N.bitXor(a, b);
    case K.LessThanLessThanToken: return N.shl(a, b);
    case K.GreaterThanGreaterThanToken: return N.sar(a, b);
    case K.GreaterThanGreaterThanGreaterThanToken: return N.shr(a, b);
    case K.LessThanToken: case K.LessThanEqualsToken: case K.GreaterThanToken: case K.GreaterThanEqualsToken:
      return N.compare(cOp(op), a, b);
  }
  fail(at, "YAO1515", `operator '${ts.tokenToString(op)}' is not supported here`, "");
}

function cOp(op: ts.SyntaxKind): string {
  return ts.tokenToString(op)!;
}

export function concat(a: Expr, b: Expr): Expr {
  return rt("yao_str_concat", [a, b], STR);
}

function not(e: Expr): Expr {
  if (e.e === "bool") return boolLit(!e.v);
  return un("!", e, BOOL);
}

/**
 * An operand of ===: a read past an array's end must compare as undefined does. Against
 * undefined/null it is a tagged value; against a number it may be read as NaN, which is
 * unequal to every number exactly as undefined is.
 */
function valOperand(fx: FnLower, node: ts.Expression, other: ts.Expression): Expr {
  const o = skipParens(other);
  const otherNullish = o.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(o) && o.text === "undefined");
  if (otherNullish) return valExpr(fx, node);
  const ot = fx.checker.getTypeAtLocation(other);
  if (ot.flags & ts.TypeFlags.NumberLike) {
    const el = maybeElementRead(fx, node, "num");
    if (el) return el;
  }
  return expr(fx, node);
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** JavaScript ===, given both operands already lowered. */
export function strictEquals(fx: FnLower, a: Expr, b: Expr, at: ts.Node): Expr {
  return ordered(fx, [a, b], ([x, y]) => strictEqualsPure(x, y, at));
}

function strictEqualsPure(a: Expr, b: Expr, at: ts.Node): Expr {
  const ta = a.ty, tb = b.ty;
  if (isNullishLit(a) || isNullishLit(b)) return nullishCompare(isNullishLit(a) ? b : a, isNullishLit(a) ? a : b, true);
  if ((ta.k === "int" || ta.k === "f64") && (tb.k === "int" || tb.k === "f64")) return N.compare("==", a, b);
  if (ta.k === "bool" && tb.k === "bool") return bin("==", a, b, BOOL);
  if (ta.k === "str" && tb.k === "str") return rt(ta.nul || tb.nul ? "yao_str_eq_nul" : "yao_str_eq", [a, b], BOOL, true);
  if (ta.k === "val" || tb.k === "val") return rt("yao_val_strict_eq", [coerce(a, VAL, at), coerce(b, VAL, at)], BOOL, true);
  if (isRef(ta) && isRef(tb)) return bin("==", { e: "cast", a, ty: { k: "obj", nul: 3 } }, { e: "cast", a: b, ty: { k: "obj", nul: 3 } }, BOOL);
  if (ta.k === "void" && tb.k === "void") return seq([a, b], boolLit(true));
  return seq([a, b], boolLit(false)); // different types are never ===
}

function isNullishLit(e: Expr): boolean {
  return e.e === "null" || e.e === "undef";
}

/** x === null / x === undefined (strict) or x == null (loose). */
function nullishCompare(x: Expr, lit: Expr, strict: boolean): Expr {
  const t = x.ty;
  if (t.k === "val") {
    const fn = !strict ? "yao_val_is_nullish" : lit.e === "null" ? "yao_val_is_null" : "yao_val_is_undef";
    return rt(fn, [x], BOOL, true);
  }
  if (isRef(t)) {
    const fn = !strict ? "YAO_IS_NULLISH" : lit.e === "null" ? "YAO_IS_NULL" : "YAO_IS_UNDEF";
    return rt(fn, [x], BOOL, true);
  }
  if (t.k === "void") return seq([x], boolLit(!strict || lit.e === "undef"));
  return seq([x], boolLit(false));
}

function looseEquals(fx: FnLower, node: ts.BinaryExpression): Expr {
  const l = skipParens(node.left), r = skipParens(node.right);
  const isNul = (e: ts.Expression) => e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === "undefined");
  if (isNul(l) || isNul(r)) {
    const x = valExpr(fx, isNul(l) ? node.right : node.left);
    return nullishCompare(x, { e: "null", ty: { k: "obj", nul: 1 } }, false);
  }
  const a = expr(fx, node.left), b = expr(fx, node.right);
  const simple = (t: Ty) => t.k === "int" || t.k === "f64" || t.k === "bool" || t.k === "str" || (isRef(t) && t.k !== "str");
  const numeric = (t: Ty) => t.k === "int" || t.k === "f64";
  if (simple(a.ty) && simple(b.ty) && (a.ty.k === b.ty.k || (numeric(a.ty) && numeric(b.ty)) || (isRef(a.ty) && isRef(b.ty) && a.ty.k !== "str" && b.ty.k !== "str"))) {
    return strictEquals(fx, a, b, node);
  }
  fail(node, "YAO1516", "== between values of different types uses JavaScript's coercions, outside the subset", "use === after converting explicitly");
}

function logical(fx: FnLower, node: ts.BinaryExpression): Expr {
  const isAnd = node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken;
  const want = mapType(fx.env, fx.checker.getTypeAtLocation(node), node);
  if (want.k === "bool") {
    const a = truthyExpr(fx, node.left), b = truthyExpr(fx, node.right);
    return bin(isAnd ? "&&" : "||", a, b, BOOL);
  }
  // value semantics: a && b is b when a is truthy, else a (and || the other way round)
  const a = expr(fx, node.left);
  const t = fx.temp(a.ty, "l");
  const aVal = coerce(local(t), want, node.left);
  const bVal = coerceJoin(expr(fx, node.right), want, node.right);
  const c = truthy(local(t));
  const res: Expr = isAnd ? { e: "cond", c, a: bVal, b: aVal, ty: bVal.ty } : { e: "cond", c, a: aVal, b: bVal, ty: bVal.ty };
  return letIn(t, a, joinRanges(res));
}

function nullish(fx: FnLower, node: ts.BinaryExpression): Expr {
  const want = mapType(fx.env, fx.checker.getTypeAtLocation(node), node);
  const a = valExpr(fx, node.left);
  const t = fx.temp(a.ty, "n");
  const isNul = nullishCompare(local(t), { e: "null", ty: { k: "obj", nul: 1 } }, false);
  const bVal = coerceJoin(expr(fx, node.right), want, node.right);
  const aType = mapType(fx.env, fx.checker.getNonNullableType(fx.checker.getTypeAtLocation(node.left)), node.left);
  const aVal = coerceJoin(coerce(local(t), aType, node.left), want, node.left);
  return letIn(t, a, joinRanges({ e: "cond", c: isNul, a: bVal, b: aVal, ty: want.k === "f64" && aVal.ty.k === "int" && bVal.ty.k === "int" ? INT : want }));
}

/** Coerces to `want`, except that an int stays an int where a number is wanted. */
function coerceJoin(e: Expr, want: Ty, at: ts.Node): Expr {
  if (want.k === "f64" && e.ty.k === "int") return e;
  return coerce(e, want, at);
}

/** A conditional whose both arms are ints is an int with the union range; else arms become doubles. */
function joinRanges(c: Expr): Expr {
  if (c.e !== "cond") return c;
  if (c.a.ty.k === "int" && c.b.ty.k === "int") {
    return { ...c, ty: INT, lo: Math.min(c.a.lo ?? -Infinity, c.b.lo ?? -Infinity), hi: Math.max(c.a.hi ?? Infinity, c.b.hi ?? Infinity) };
  }
  if (c.a.ty.k === "int" && c.b.ty.k === "f64") return { ...c, a: N.toF64(c.a), ty: F64 };
  if (c.b.ty.k === "int" && c.a.ty.k === "f64") return { ...c, b: N.toF64(c.b), ty: F64 };
  return c;
}

function conditional(fx: FnLower, node: ts.ConditionalExpression): Expr {
  const want = mapType(fx.env, fx.checker.getTypeAtLocation(node), node);
  const c = truthyExpr(fx, node.condition);
  const a = coerceJoin(expr(fx, node.whenTrue), want, node.whenTrue);
  const b = coerceJoin(expr(fx, node.whenFalse), want, node.whenFalse);
  return joinRanges({ e: "cond", c, a, b, ty: want.k === "f64" && a.ty.k === "int" && b.ty.k === "int" ? INT : want });
}

function prefix(fx: FnLower, node: ts.PrefixUnaryExpression): Expr {
  const K = ts.SyntaxKind;
  switch (node.operator) {
    case K.PlusPlusToken: case K.MinusMinusToken: return lowerIncDec(fx, node, false);
    case K.ExclamationToken: return not(truthyExpr(fx, node.operand));
    case K.MinusToken: {
      if (ts.isNumericLiteral(node.operand)) {
        const v = -Number(node.operand.text);
        return num(v);
      }
      return N.neg(numExpr(fx, node.operand));
    }
    case K.PlusToken: return numExpr(fx, node.operand);
    case K.TildeToken: return N.bitNot(int32Expr(fx, node.operand));
  }
  fail(node, "YAO1517", "this unary operator is not supported", "");
}

function instanceOf(fx: FnLower, node: ts.BinaryExpression): Expr {
  const right = node.right;
  const sym = entitySymbol(fx, right);
  if (sym && (sym.valueDeclaration ?? sym.declarations?.[0])?.getSourceFile().isDeclarationFile) return instanceOfLib(fx, node, sym.getName());
  if (!sym || !(sym.flags & ts.SymbolFlags.Class)) fail(right, "YAO1518", "instanceof needs a class name on its right", "");
  const cls = fx.L.classFor(sym, right);
  const obj = expr(fx, node.left);
  if (obj.ty.k === "val") return rt("yao_instanceof_val", [obj, { e: "shape", cls, ty: VOID }], BOOL, true);
  if (!isRef(obj.ty)) return seq([obj], boolLit(false));
  return rt("yao_instanceof", [{ e: "cast", a: obj, ty: { k: "obj", nul: 3 } }, { e: "shape", cls, ty: VOID }], BOOL, true);
}

/** instanceof a library class: decided by the static type where it is precise, else by the shape kind. */
function instanceOfLib(fx: FnLower, node: ts.BinaryExpression, name: string): Expr {
  const err = fx.L.errorClass(name);
  if (err) {
    const v = coerce(valExpr(fx, node.left), VAL, node.left);
    return rt("yao_instanceof_val", [v, { e: "shape", cls: err, ty: VOID }], BOOL, true);
  }
  const kinds: Record<string, [string, number]> = {
    Object: ["YAO_KIND_OBJECTLIKE", 0], Array: ["YAO_K_ARRAY", -1], ArrayBuffer: ["YAO_K_ABUF", -1], DataView: ["YAO_K_DVIEW", -1],
    Int8Array: ["YAO_K_TYPED", 0], Uint8Array: ["YAO_K_TYPED", 1], Uint8ClampedArray: ["YAO_K_TYPED", 2], Int16Array: ["YAO_K_TYPED", 3],
    Uint16Array: ["YAO_K_TYPED", 4], Int32Array: ["YAO_K_TYPED", 5], Uint32Array: ["YAO_K_TYPED", 6], Float32Array: ["YAO_K_TYPED", 7],
    Float64Array: ["YAO_K_TYPED", 8], Function: ["YAO_K_FUNCTION", -1],
  };
  const k = kinds[name];
  if (!k) fail(node.right, "YAO1519", `instanceof ${name} is not supported yet`, "");
  const v = coerce(valExpr(fx, node.left), VAL, node.left);
  return rt("yao_instanceof_kind", [v, { e: "rt", fn: `@type:${k[0]}`, args: [], ty: VOID, pure: true }, intLit(k[1])], BOOL, true);
}

function typeOf(fx: FnLower, node: ts.TypeOfExpression): Expr {
  const e = valExpr(fx, node.expression);
  const name = (s: string): Expr => ({ e: "str", id: fx.L.str(s), ty: STR });
  const t = e.ty;
  const fixed = t.k === "int" || t.k === "f64" ? "number" : t.k === "bool" ? "boolean" : t.k === "void" ? "undefined"
    : t.k === "str" && !t.nul ? "string" : t.k === "fn" && !t.nul ? "function" : isRef(t) && !t.nul && t.k !== "str" && t.k !== "fn" ? "object" : undefined;
  if (fixed) return seq(hasEffects(e) ? [e] : [], name(fixed));
  return rt("yao_typeof", [coerce(e, VAL, node)], STR);
}

function template(fx: FnLower, node: ts.TemplateExpression): Expr {
  const parts: Expr[] = [];
  const kinds: ("lit" | ts.Expression)[] = [];
  if (node.head.text) { parts.push({ e: "str", id: fx.L.str(node.head.text), ty: STR }); kinds.push("lit"); }
  for (const span of node.templateSpans) {
    parts.push(valExpr(fx, span.expression));
    kinds.push(span.expression);
    if (span.literal.text) { parts.push({ e: "str", id: fx.L.str(span.literal.text), ty: STR }); kinds.push("lit"); }
  }
  return ordered(fx, parts, (xs) => {
    const strs = xs.map((x, i) => (kinds[i] === "lit" ? x : toStr(x, kinds[i] as ts.Expression)));
    if (strs.length === 1) return strs[0].ty.k === "str" && kinds[0] !== "lit" ? strs[0] : strs[0];
    return strs.reduce((acc, s) => concat(acc, s));
  });
}

function arrayLiteral(fx: FnLower, node: ts.ArrayLiteralExpression): Expr {
  let ty = contextualArray(fx, node) ?? mapType(fx.env, fx.checker.getTypeAtLocation(node), node);
  if (ty.k === "arr" && ty.elem.k === "void") {
    // [] is never[] to TypeScript; its element type comes from where it is used
    const ctx = fx.checker.getContextualType(node);
    const p = node.parent;
    const alternative = ts.isBinaryExpression(p) && p.right === node && (p.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      p.operatorToken.kind === ts.SyntaxKind.BarBarToken) ? fx.checker.getNonNullableType(fx.checker.getTypeAtLocation(p.left)) : undefined;
    if (alternative && fx.checker.isArrayType(alternative)) ty = mapType(fx.env, alternative, node); // xs ?? []
    else if (ctx) ty = mapType(fx.env, ctx, node);
    else if (ts.isArrayLiteralExpression(node.parent)) {
      const outer = mapType(fx.env, fx.checker.getTypeAtLocation(node.parent), node.parent);
      if (outer.k === "arr") ty = outer.elem;
    }
  }
  if (ty.k !== "arr") fail(node, "YAO1520", "this array literal's type is not an array type", "annotate it as T[]");
  for (const el of node.elements) {
    if (ts.isOmittedExpression(el)) fail(el, "YAO1521", "array holes are outside the subset", "write undefined or a value");
  }
  return arrayOf(fx, node.elements, ty);
}

/**
 * The array type the literal's context asks for (["a", "b"] inside a (string | number)[][] is a
 * (string | number)[]): an array is made with the representation it is used with, since arrays
 * are shared by reference and never converted.
 */
function contextualArray(fx: FnLower, node: ts.ArrayLiteralExpression): (Ty & { k: "arr" }) | undefined {
  const arrayOrNone = (t: Ty | undefined) => (t && t.k === "arr" && t.elem.k !== "void" ? t : undefined);
  try {
    const ctx = fx.checker.getContextualType(node);
    if (ctx) return arrayOrNone(mapType(fx.env, ctx, node));
    if (!ts.isArrayLiteralExpression(node.parent)) return undefined;
    const outer = mapType(fx.env, fx.checker.getTypeAtLocation(node.parent), node.parent); // [[1, 2], [3, [4]]]
    return outer.k === "arr" ? arrayOrNone(outer.elem) : undefined;
  } catch (e) {
    if (e instanceof YaoError) return undefined; // a context yao cannot type: the literal's own type decides
    throw e;
  }
}

/** A new array of the values of `elements` (an array literal's, or a call's rest arguments). */
export function arrayOf(fx: FnLower, elements: readonly ts.Expression[], ty: Ty & { k: "arr" }): Expr {
  if (elements.some((el) => ts.isSpreadElement(el))) return spreadArray(fx, elements, ty);
  const elems = elements.map((el) => coerce(expr(fx, el), ty.elem, el));
  return ordered(fx, elems, (xs) => rt("YAO_ARR_LIT", [intLit(xs.length), ...xs], ty));
}

/** [a, ...xs, b]: elements and the items of each spread iterable (array, Map, Set), in order. */
function spreadArray(fx: FnLower, elements: readonly ts.Expression[], ty: Ty & { k: "arr" }): Expr {
  const out = fx.temp(ty, "arr");
  const ct: Expr = { e: "rt", fn: "@ctype", args: [], ty: ty.elem, pure: true };
  const body: Stmt[] = [{ s: "decl", v: out, init: rt("YAO_ARR_LIT", [intLit(0)], ty) }];
  const push = (x: Expr, at: ts.Node): Stmt => ({ s: "expr", e: rt("YAO_ARR_PUSH", [ct, local(out), coerce(x, ty.elem, at)], VOID) });
  for (const el of elements) {
    if (!ts.isSpreadElement(el)) { body.push(push(expr(fx, el), el)); continue; }
    const mi = mapIterable(fx, el.expression);
    if (mi) body.push(...mapLoop(fx, mi.coll, mi.t, fx.newLabel("spread"), (k, v) => [push(mapItem(mi.walk, mi.t, k, v), el)]));
    else body.push(...forEachItem(fx, expr(fx, el.expression), el.expression, (item) => [push(item, el)]));
  }
  return stmts(body, local(out));
}

/**
 * JavaScript evaluates operands left to right; C does not promise an order. When a later
 * operand has effects, earlier operands that could observe them are first stored in temporaries.
 */
export function ordered(fx: FnLower, es: Expr[], build: (xs: Expr[]) => Expr): Expr {
  let last = -1;
  es.forEach((e, i) => { if (hasEffects(e)) last = i; });
  const lets: [Var, Expr][] = [];
  const xs = es.map((e, i) => {
    if (i >= last || (isStable(e) && !assignedLater(e, es.slice(i + 1)))) return e;
    const t = fx.temp(e.ty, "a");
    t.lo = e.lo; t.hi = e.hi;
    lets.push([t, e]);
    return local(t);
  });
  let out = build(xs);
  for (let i = lets.length - 1; i >= 0; i--) out = letIn(lets[i][0], lets[i][1], out);
  return out;
}

function assignedLater(e: Expr, later: Expr[]): boolean {
  if (e.e !== "local") return false;
  const v = e.v;
  const visit = (x: unknown): boolean => {
    if (!x || typeof x !== "object") return false;
    const o = x as { e?: string; target?: { e: string; v?: Var } };
    if (o.e === "tdesc" || "cname" in (o as object)) return false;
    if (o.e === "assign" && o.target?.e === "local" && o.target.v === v) return true;
    return Object.values(o).some((c) => (Array.isArray(c) ? c.some(visit) : typeof c === "object" && c !== null && "e" in (c as object) ? visit(c) : false));
  };
  return later.some(visit);
}

export { VOID, BOOL, F64, INT };
