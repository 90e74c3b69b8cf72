// The subset checker: rejects, before any lowering, the constructs that are outside yao's
// strict subset of TypeScript, each with a numbered rule and a hint (docs/compiler.md lists
// them). Semantic limits that need types are enforced where they are lowered.
import ts from "typescript";
import { Diagnostic, diagAt } from "../diag";

interface Rule {
  id: string;
  message: string;
  hint: string;
}

const R = {
  any: { id: "YAO1001", message: "the type any is outside the subset", hint: "give the value a precise type" },
  unknown: { id: "YAO1013", message: "the type unknown is outside the subset", hint: "give the value a precise type" },
  eval: { id: "YAO1020", message: "eval is outside the subset", hint: "yao compiles ahead of time; there is no evaluator at run time" },
  fnCtor: { id: "YAO1021", message: "the Function constructor is outside the subset", hint: "write the function in the source" },
  with: { id: "YAO1406", message: "with is outside the subset", hint: "name the object explicitly" },
  args: { id: "YAO1022", message: "arguments is outside the subset", hint: "declare the parameters" },
  forIn: { id: "YAO1405", message: "for-in enumerates property bags and is outside the subset", hint: "use for-of over an array or a Map" },
  del: { id: "YAO1503", message: "delete changes an object's shape and is outside the subset", hint: "use a Map, or set the field to null" },
  symbol: { id: "YAO1003", message: "Symbol is outside the subset", hint: "use a string or an enum" },
  proxy: { id: "YAO1023", message: "Proxy and Reflect are outside the subset", hint: "call methods directly" },
  proto: { id: "YAO1024", message: "prototype access and mutation are outside the subset", hint: "use classes and inheritance" },
  varDecl: { id: "YAO1409", message: "var is outside the subset (function scoping)", hint: "use let or const" },
  generator: { id: "YAO1506", message: "async functions and generators are outside the subset", hint: "use callbacks" },
  decorator: { id: "YAO1025", message: "decorators are outside the subset", hint: "call the function explicitly" },
  namespace: { id: "YAO1026", message: "namespaces are outside the subset", hint: "use ES modules" },
  regex: { id: "YAO1505", message: "regular expressions are not supported", hint: "use string methods" },
  bigint: { id: "YAO1002", message: "bigint is outside the subset", hint: "use number" },
  label: { id: "YAO1027", message: "labels on non-loop statements inside loops are not supported", hint: "" },
  getOwn: { id: "YAO1028", message: "reflection on objects (Object.keys, Object.assign, defineProperty...) is outside the subset", hint: "use a Map or explicit fields" },
  dynamicProp: { id: "YAO1605", message: "element access with a string key is property-bag access, outside the subset", hint: "use a Map" },
  classExpr: { id: "YAO1507", message: "class expressions are not supported", hint: "declare the class at module level" },
  declare: { id: "YAO1029", message: "ambient declarations (declare) are not supported in programs", hint: "write the implementation, or use an @native function under arch/" },
  thisType: { id: "YAO1030", message: "`this` outside a class is outside the subset", hint: "pass the object as a parameter" },
  globalThis: { id: "YAO1031", message: "globalThis is outside the subset", hint: "import what you need" },
  newTarget: { id: "YAO1032", message: "new.target is outside the subset", hint: "" },
  iface: { id: "YAO1033", message: "index signatures make objects property bags", hint: "use a Map" },
  rest: { id: "YAO1012", message: "a rest parameter must be a plain name typed as an array (T[])", hint: "write ...name: T[]" },
} satisfies Record<string, Rule>;

export function checkSubset(files: readonly ts.SourceFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (n: ts.Node, r: Rule) => out.push(diagAt(n, r.id, r.message, r.hint));
  for (const sf of files) visitFile(sf, report);
  return out;
}

function visitFile(sf: ts.SourceFile, report: (n: ts.Node, r: Rule) => void): void {
  const visit = (n: ts.Node): void => {
    const r = ruleFor(n);
    if (r) { report(n, r); return; }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}

function ruleFor(n: ts.Node): Rule | undefined {
  const K = ts.SyntaxKind;
  switch (n.kind) {
    case K.AnyKeyword: return R.any;
    case K.UnknownKeyword: return R.unknown;
    case K.WithStatement: return R.with;
    case K.ForInStatement: return R.forIn;
    case K.DeleteExpression: return R.del;
    case K.Decorator: return R.decorator;
    case K.ModuleDeclaration: return R.namespace;
    case K.RegularExpressionLiteral: return R.regex;
    case K.BigIntLiteral: case K.BigIntKeyword: return R.bigint;
    case K.ClassExpression: return R.classExpr;
    case K.SymbolKeyword: return R.symbol;
    case K.IndexSignature: return R.iface;
    case K.MetaProperty: return R.newTarget;
    case K.Parameter: return restRule(n as ts.ParameterDeclaration);
    case K.YieldExpression: case K.AwaitExpression: return R.generator;
    case K.VariableDeclarationList:
      return n.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const) ? undefined : R.varDecl;
    case K.Identifier: return identifierRule(n as ts.Identifier);
    case K.PropertyAccessExpression: return propertyRule(n as ts.PropertyAccessExpression);
    case K.ElementAccessExpression: {
      const a = (n as ts.ElementAccessExpression).argumentExpression;
      return ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a) ? R.dynamicProp : undefined;
    }
    case K.FunctionDeclaration: case K.FunctionExpression: case K.MethodDeclaration: case K.ArrowFunction: {
      const f = n as ts.FunctionLikeDeclaration;
      if (f.asteriskToken || ts.getModifiers(f as ts.FunctionDeclaration)?.some((m) => m.kind === K.AsyncKeyword)) return R.generator;
      if (ts.isFunctionDeclaration(n) && !n.body && !isOverload(n)) return R.declare;
      return undefined;
    }
    case K.VariableStatement: case K.ClassDeclaration: case K.EnumDeclaration:
      return ts.getModifiers(n as ts.VariableStatement)?.some((m) => m.kind === K.DeclareKeyword) ? R.declare : undefined;
  }
  return undefined;
}

/** Rest parameters are packed into an array by the caller: `...xs: T[]`, not a pattern or a tuple. */
function restRule(p: ts.ParameterDeclaration): Rule | undefined {
  if (!p.dotDotDotToken) return undefined;
  const t = p.type;
  const isArray = !!t && (ts.isArrayTypeNode(t) ||
    (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && t.typeName.text === "Array" && t.typeArguments?.length === 1));
  return ts.isIdentifier(p.name) && isArray ? undefined : R.rest;
}

function isOverload(f: ts.FunctionDeclaration): boolean {
  return !!f.name && f.parent.statements?.some?.((s: ts.Statement) => ts.isFunctionDeclaration(s) && s !== f && s.name?.text === f.name!.text && !!s.body);
}

function identifierRule(id: ts.Identifier): Rule | undefined {
  const p = id.parent;
  if (p && (ts.isPropertyAccessExpression(p) && p.name === id)) return undefined;
  if (p && (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) ||
    ts.isMethodSignature(p)) && (p as { name?: ts.Node }).name === id) return undefined;
  switch (id.text) {
    case "eval": return R.eval;
    case "arguments": return R.args;
    case "Function": return isValuePosition(id) ? R.fnCtor : undefined;
    case "Proxy": case "Reflect": return isValuePosition(id) ? R.proxy : undefined;
    case "Symbol": return isValuePosition(id) ? R.symbol : undefined;
    case "globalThis": return R.globalThis;
  }
  return undefined;
}

function isValuePosition(id: ts.Identifier): boolean {
  const p = id.parent;
  return !!p && !ts.isTypeReferenceNode(p) && !ts.isExpressionWithTypeArguments(p) && !ts.isTypeQueryNode(p);
}

function propertyRule(pa: ts.PropertyAccessExpression): Rule | undefined {
  const name = pa.name.text;
  if (name === "prototype" || name === "__proto__" || name === "constructor") return R.proto;
  if (ts.isIdentifier(pa.expression) && pa.expression.text === "Object" &&
    ["keys", "values", "entries", "assign", "defineProperty", "getPrototypeOf", "setPrototypeOf", "create", "freeze", "getOwnPropertyNames"].includes(name)) {
    return R.getOwn;
  }
  return undefined;
}
