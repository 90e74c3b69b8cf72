// JSON.parse: the text is parsed into a tree (rt_json.c); where the program says what it expects
// (`JSON.parse(text) as T`, or a place typed T), the tree is checked against T and converted to
// T's representation (rt_jsontyped.c) with a descriptor of T made here.
import ts from "typescript";
import { Expr, TDesc, VAL, VOID } from "../ir/ir";
import { fail } from "../diag";
import type { FnLower } from "./fn";
import { rt } from "./build";
import { coerce, toStr } from "./convert";
import { mapType } from "./types";
import { valExpr } from "./expr";

/** The descriptor of a TypeScript type for JSON conversion (recursive types give cyclic descriptors). */
export function typeDesc(fx: FnLower, t: ts.Type, at: ts.Node, seen = new Map<ts.Type, TDesc>()): TDesc {
  const known = seen.get(t);
  if (known) return known;
  let nullable = 0;
  let inner = t;
  if (t.isUnion()) {
    const rest = t.types.filter((m) => {
      if (m.flags & ts.TypeFlags.Null) { nullable |= 1; return false; }
      if (m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) { nullable |= 2; return false; }
      return true;
    });
    const allBool = rest.length > 0 && rest.every((m) => m.flags & ts.TypeFlags.BooleanLike);
    if (rest.length === 1) inner = rest[0];
    else if (allBool) inner = fx.checker.getNonNullableType(t);
    else return { kind: "any", repr: "val", nullable: 3 };
  }
  const ty = mapType(fx.env, inner, at);
  const repr = (k: TDesc["repr"]): TDesc["repr"] => (nullable && k !== "str" && k !== "ref" ? "val" : k);
  switch (ty.k) {
    case "f64": case "int": return { kind: "num", repr: repr("f64"), nullable };
    case "bool": return { kind: "bool", repr: repr("bool"), nullable };
    case "str": return { kind: "str", repr: "str", nullable };
    case "val": return { kind: "any", repr: "val", nullable: 3 };
    case "arr": {
      const [elem] = fx.checker.isArrayType(inner) ? fx.checker.getTypeArguments(inner as ts.TypeReference) : [];
      if (!elem) return { kind: "any", repr: "val", nullable: 3 }; // a tuple: any values
      const d: TDesc = { kind: "arr", repr: "ref", nullable };
      seen.set(t, d);
      d.elem = typeDesc(fx, elem, at, seen);
      return d;
    }
    case "obj": {
      const d: TDesc = { kind: "obj", repr: "ref", nullable, fields: [] };
      seen.set(t, d);
      for (const p of inner.getProperties()) {
        d.fields!.push({
          name: p.getName(), sel: fx.L.selector(p.getName()),
          type: typeDesc(fx, fx.checker.getTypeOfSymbolAtLocation(p, at), at, seen),
          optional: !!(p.flags & ts.SymbolFlags.Optional),
        });
      }
      return d;
    }
  }
  fail(at, "YAO1930", `JSON.parse cannot produce a ${ty.k === "cls" ? "class instance" : ty.k}`, "describe the data with an interface or a type literal");
}

/** JSON.parse(text): the raw tree, or checked and converted when the expected type is known. */
export function jsonParse(fx: FnLower, node: ts.CallExpression): Expr {
  if (node.arguments.length > 1) fail(node.arguments[1], "YAO1931", "a JSON.parse reviver is not supported", "convert the values afterwards");
  const text = toStr(valExpr(fx, node.arguments[0]), node.arguments[0]);
  const tree = rt("yao_json_parse", [text], VAL);
  const want = expectedType(fx, node);
  if (!want) return tree;
  return rt("yao_json_typed", [tree, { e: "tdesc", desc: typeDesc(fx, want, node), ty: VOID }], VAL);
}

/** T in `JSON.parse(s) as T` or in a place typed T; undefined when only a raw value is wanted. */
function expectedType(fx: FnLower, node: ts.CallExpression): ts.Type | undefined {
  let p: ts.Node = node.parent;
  while (ts.isParenthesizedExpression(p)) p = p.parent;
  const t = ts.isAsExpression(p) || ts.isTypeAssertionExpression(p) || ts.isSatisfiesExpression(p)
    ? fx.checker.getTypeAtLocation(p)
    : fx.checker.getContextualType(node);
  if (!t || t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  return t;
}

export { coerce };
