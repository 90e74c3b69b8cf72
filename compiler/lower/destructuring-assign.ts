// Destructuring assignment to existing places: `[a, b] = [b, a]`, `[x, ...rest] = xs`,
// `({ host, port: p = 80 } = config)`. The right-hand side is evaluated once; then each target,
// left to right, receives its part (ES2022 13.15.5, DestructuringAssignmentEvaluation). A swap of
// a literal (`[a, b] = [b, a + b]` as a statement) needs no array: its values go to temporaries.
import ts from "typescript";
import { Expr, Stmt, Ty, VOID } from "../ir/ir";
import { fail } from "../diag";
import type { FnLower } from "./fn";
import { rt, local, stmts, f64Lit, arrayElemSize } from "./build";
import { coerce } from "./convert";
import { mapType } from "./types";
import { expr } from "./expr";
import { propByName } from "./access";
import { elementValue, withDefault } from "./objects";
import { placeOf, bindPlace } from "./assign";

type Pattern = ts.ArrayLiteralExpression | ts.ObjectLiteralExpression;

export function lowerDestructuringAssign(fx: FnLower, node: ts.BinaryExpression & { left: Pattern }): Expr {
  if (ts.isArrayLiteralExpression(node.left) && ts.isArrayLiteralExpression(node.right) && isStatement(node) && isSimpleSwap(node.left, node.right)) {
    return stmts(assignLiteral(fx, node.left, node.right), { e: "undef", ty: VOID });
  }
  const value = expr(fx, node.right);
  const t = fx.temp(value.ty, "rhs");
  const body: Stmt[] = [{ s: "decl", v: t, init: value }, ...assignPattern(fx, node.left, local(t))];
  return stmts(body, local(t)); // the expression's value is the right-hand side
}

function isStatement(node: ts.Node): boolean {
  let p = node.parent;
  while (ts.isParenthesizedExpression(p)) p = p.parent;
  return ts.isExpressionStatement(p) || (ts.isForStatement(p) && p.incrementor !== undefined && p.incrementor === node);
}

/** `[a, b] = [x, y]`: no spread, no rest, no holes, no nested patterns on either side. */
function isSimpleSwap(left: ts.ArrayLiteralExpression, right: ts.ArrayLiteralExpression): boolean {
  const plain = (e: ts.Expression) => !ts.isSpreadElement(e) && !ts.isOmittedExpression(e) && !isPattern(e) && !ts.isBinaryExpression(e);
  return left.elements.every(plain) && right.elements.every((e) => !ts.isSpreadElement(e)) && left.elements.length <= right.elements.length;
}

function isPattern(e: ts.Expression): e is Pattern {
  return ts.isArrayLiteralExpression(e) || ts.isObjectLiteralExpression(e);
}

/** Every right-hand value into a temporary (all of them, for their effects), then the targets in order. */
function assignLiteral(fx: FnLower, left: ts.ArrayLiteralExpression, right: ts.ArrayLiteralExpression): Stmt[] {
  const out: Stmt[] = [];
  const temps = right.elements.map((el) => {
    const v = expr(fx, el);
    const t = fx.temp(v.ty, "part");
    t.lo = v.lo; t.hi = v.hi;
    out.push({ s: "decl", v: t, init: v });
    return local(t);
  });
  left.elements.forEach((target, i) => out.push(...assignTo(fx, target, temps[i])));
  return out;
}

function assignPattern(fx: FnLower, pattern: Pattern, value: Expr): Stmt[] {
  if (ts.isArrayLiteralExpression(pattern)) return assignArray(fx, pattern, value);
  const out: Stmt[] = [];
  for (const p of pattern.properties) {
    if (ts.isSpreadAssignment(p)) fail(p, "YAO1522", "rest in object destructuring is not supported", "read the remaining members explicitly");
    if (ts.isShorthandPropertyAssignment(p)) {
      out.push(...assignPart(fx, p.name, p.objectAssignmentInitializer, (w) => propByName(fx, value, p.name.text, p, () => w)));
    } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      const name = p.name.text;
      const [target, dflt] = splitDefault(p.initializer);
      out.push(...assignPart(fx, target, dflt, (w) => propByName(fx, value, name, p, () => w)));
    } else {
      fail(p, "YAO1218", "computed keys and methods in destructuring are outside the subset", "name each member");
    }
  }
  return out;
}

function assignArray(fx: FnLower, pattern: ts.ArrayLiteralExpression, value: Expr): Stmt[] {
  if (value.ty.k !== "arr") fail(pattern, "YAO1523", "array destructuring needs an array on the right", "");
  const arr = value.ty;
  const out: Stmt[] = [];
  pattern.elements.forEach((el, i) => {
    if (ts.isOmittedExpression(el)) return;
    if (ts.isSpreadElement(el)) {
      out.push(...assignTo(fx, el.expression, rt("yao_arr_slice", [value, f64Lit(i), f64Lit(Infinity), arrayElemSize(arr.elem)], arr)));
      return;
    }
    const [target, dflt] = splitDefault(el);
    out.push(...assignPart(fx, target, dflt, (w) => elementValue(value, i, w)));
  });
  return out;
}

/** `target = default` inside a pattern. */
function splitDefault(e: ts.Expression): [ts.Expression, ts.Expression | undefined] {
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) return [e.left, e.right];
  return [e, undefined];
}

/** One target: its part is read as the target's type, or as a maybe-undefined value when it has a default. */
function assignPart(fx: FnLower, target: ts.Expression, dflt: ts.Expression | undefined, read: (want: Ty) => Expr): Stmt[] {
  const want = mapType(fx.env, fx.checker.getTypeAtLocation(target), target);
  if (!dflt) return assignTo(fx, target, coerce(read(want), want, target));
  const part = withDefault(fx, read, want, dflt, target);
  return [part.decl, ...assignTo(fx, target, part.value)];
}

function assignTo(fx: FnLower, target: ts.Expression, value: Expr): Stmt[] {
  while (ts.isParenthesizedExpression(target)) target = target.expression;
  if (isPattern(target)) {
    const t = fx.temp(value.ty, "part");
    return [{ s: "decl", v: t, init: value }, ...assignPattern(fx, target, local(t))];
  }
  const place = placeOf(fx, target);
  return [{ s: "expr", e: bindPlace(place, place.write(coerce(value, place.ty, target))) }];
}
