// Statement lowering: declarations, control flow, loops (with the loop facts that let
// counters stay integers and indexing skip bounds checks), switch and labels.
import ts from "typescript";
import { Stmt, Expr, Ty, INT, BOOL, Var, isRef, VAL, VOID as VOID_TY } from "../ir/ir";
import { fail } from "../diag";
import type { FnLower, Fact, LoopLabel, FinallyCtx } from "./fn";
import { expr, truthyExpr, strictEquals, valExpr } from "./expr";
import { coerce } from "./convert";
import { local, intLit, rt, bin } from "./build";
import { isAssignmentTarget } from "./scopes";
import { mapType } from "./types";
import { lowerAssignTo } from "./assign";
import { elementOf, iterLength, enumMemberValue } from "./access";
import { destructure } from "./objects";
import { mapIterable, mapLoop, mapItem, codePoints } from "./maps";

export function lowerStatements(fx: FnLower, sts: readonly ts.Statement[]): Stmt[] {
  const out: Stmt[] = [];
  for (const st of sts) out.push(...lowerStmt(fx, st));
  return out;
}

export function lowerBlockInto(fx: FnLower, sts: readonly ts.Statement[]): Stmt[] {
  return [...fx.hoistFunctions(sts), ...lowerStatements(fx, sts)];
}

function lowerStmt(fx: FnLower, st: ts.Statement): Stmt[] {
  switch (st.kind) {
    case ts.SyntaxKind.VariableStatement: return lowerVarDecls(fx, (st as ts.VariableStatement).declarationList);
    case ts.SyntaxKind.ExpressionStatement: return [{ s: "expr", e: expr(fx, (st as ts.ExpressionStatement).expression) }];
    case ts.SyntaxKind.IfStatement: return lowerIf(fx, st as ts.IfStatement);
    case ts.SyntaxKind.Block: return [{ s: "block", body: fx.lowerBlock((st as ts.Block).statements) }];
    case ts.SyntaxKind.ForStatement: return lowerFor(fx, st as ts.ForStatement);
    case ts.SyntaxKind.ForOfStatement: return lowerForOf(fx, st as ts.ForOfStatement);
    case ts.SyntaxKind.WhileStatement: return lowerWhile(fx, st as ts.WhileStatement);
    case ts.SyntaxKind.DoStatement: return lowerDo(fx, st as ts.DoStatement);
    case ts.SyntaxKind.SwitchStatement: return lowerSwitch(fx, st as ts.SwitchStatement);
    case ts.SyntaxKind.BreakStatement: return [lowerJump(fx, st as ts.BreakStatement, "break")];
    case ts.SyntaxKind.ContinueStatement: return [lowerJump(fx, st as ts.ContinueStatement, "continue")];
    case ts.SyntaxKind.ReturnStatement: return [lowerReturn(fx, st as ts.ReturnStatement)];
    case ts.SyntaxKind.LabeledStatement: return lowerLabeled(fx, st as ts.LabeledStatement);
    case ts.SyntaxKind.EmptyStatement: return [];
    case ts.SyntaxKind.FunctionDeclaration: return []; // hoisted by the enclosing block
    case ts.SyntaxKind.InterfaceDeclaration: case ts.SyntaxKind.TypeAliasDeclaration:
    case ts.SyntaxKind.ImportDeclaration: case ts.SyntaxKind.ExportDeclaration:
      return [];
    case ts.SyntaxKind.EnumDeclaration:
      if (st.parent && ts.isSourceFile(st.parent)) return [];
      fail(st, "YAO1401", "enums must be declared at module level", "move the enum to the top of the file");
    case ts.SyntaxKind.ClassDeclaration:
      fail(st, "YAO1402", "classes must be declared at module level", "move the class to the top of the file");
    case ts.SyntaxKind.ThrowStatement: return [lowerThrow(fx, st as ts.ThrowStatement)];
    case ts.SyntaxKind.TryStatement: return lowerTry(fx, st as ts.TryStatement);
    case ts.SyntaxKind.ForInStatement:
      fail(st, "YAO1405", "for-in enumerates property bags and is outside the subset", "use for-of over an array or a Map");
    case ts.SyntaxKind.WithStatement:
      fail(st, "YAO1406", "with is outside the subset", "name the object explicitly");
    case ts.SyntaxKind.ExportAssignment:
      fail(st, "YAO1407", "export = / export default expressions are not supported", "use named exports");
    default:
      fail(st, "YAO1408", `statement '${ts.SyntaxKind[st.kind]}' is not supported`, "see docs/compiler.md");
  }
}

export function lowerVarDecls(fx: FnLower, list: ts.VariableDeclarationList): Stmt[] {
  if (!(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) {
    fail(list, "YAO1409", "var is outside the subset (function scoping)", "use let or const");
  }
  const out: Stmt[] = [];
  for (const d of list.declarations) {
    if (!ts.isIdentifier(d.name)) {
      if (!d.initializer) fail(d, "YAO1410", "a destructuring declaration needs a value", "");
      out.push(...destructure(fx, d.name, expr(fx, d.initializer), (id, v) => declareName(fx, id, v)));
      continue;
    }
    const sym = fx.checker.getSymbolAtLocation(d.name)!;
    const ty = mapType(fx.env, fx.checker.getTypeAtLocation(d.name), d.name);
    const value = d.initializer ? expr(fx, d.initializer) : undefined;
    const v = fx.declareVar(sym, ty, d.name.text);
    out.push(...fx.initVar(sym, v, value ? settleInt(value, v) : undefined, d));
    if (value) out.push(...fx.cacheTyped(sym, d));
  }
  return out;
}

/** A new variable named by `id` holding `value` (a part of a destructuring declaration). */
export function declareName(fx: FnLower, id: ts.Identifier, value: Expr): Stmt[] {
  const sym = fx.checker.getSymbolAtLocation(id)!;
  const ty = mapType(fx.env, fx.checker.getTypeAtLocation(id), id);
  const v = fx.declareVar(sym, ty, id.text);
  return [...fx.initVar(sym, v, settleInt(value, v), id), ...fx.cacheTyped(sym, id)];
}

/** During integer inference a round may assign a double to a variable assumed int; the round
 *  is then discarded. The marker keeps such code from ever reaching C silently. */
export function settleInt(value: Expr, v: Var): Expr {
  if (v.ty.k === "int" && value.ty.k !== "int") return rt("yao_unsettled_int", [value], INT);
  return value;
}

function lowerIf(fx: FnLower, st: ts.IfStatement): Stmt[] {
  const c = truthyExpr(fx, st.expression);
  const then = lowerBranch(fx, st.thenStatement);
  const els = st.elseStatement ? lowerBranch(fx, st.elseStatement) : [];
  return [{ s: "if", c, then, else: els }];
}

function lowerBranch(fx: FnLower, st: ts.Statement): Stmt[] {
  if (ts.isBlock(st)) return fx.lowerBlock(st.statements);
  return fx.lowerBlock([st]);
}

// ---- loops ----------------------------------------------------------------------------

function pushLoop(fx: FnLower): LoopLabel {
  const n = fx.newLabel("loop");
  const label: LoopLabel = { tsLabel: fx.pendingLabel, brk: `${n}_break`, cont: `${n}_continue`, used: { brk: false, cont: false }, tryDepth: fx.tries.length };
  fx.pendingLabel = undefined;
  fx.labels.push(label);
  return label;
}

function lowerWhile(fx: FnLower, st: ts.WhileStatement): Stmt[] {
  const label = pushLoop(fx);
  const cond = truthyExpr(fx, st.expression);
  const body = lowerBranch(fx, st.statement);
  fx.labels.pop();
  return [{ s: "loop", label: label.brk.replace(/_break$/, ""), cond, body, update: [], post: false }];
}

function lowerDo(fx: FnLower, st: ts.DoStatement): Stmt[] {
  const label = pushLoop(fx);
  const body = lowerBranch(fx, st.statement);
  const cond = truthyExpr(fx, st.expression);
  fx.labels.pop();
  return [{ s: "loop", label: label.brk.replace(/_break$/, ""), cond, body, update: [], post: true }];
}

function lowerFor(fx: FnLower, st: ts.ForStatement): Stmt[] {
  const pre: Stmt[] = [];
  let loopVars: ts.Symbol[] = [];
  if (st.initializer) {
    if (ts.isVariableDeclarationList(st.initializer)) {
      pre.push(...lowerVarDecls(fx, st.initializer));
      loopVars = st.initializer.declarations.map((d) => fx.checker.getSymbolAtLocation(d.name)!);
    } else {
      pre.push({ s: "expr", e: expr(fx, st.initializer) });
    }
  }
  const label = pushLoop(fx);
  const cond = st.condition ? truthyExpr(fx, st.condition) : null;
  const fact = canonicalFact(fx, st, cond);
  const saved = new Map(fx.facts);
  if (fact) fx.facts.set(fact.sym, fact.fact);
  const body = lowerBranch(fx, st.statement);
  const update: Stmt[] = [];
  // per-iteration bindings: a captured loop variable gets a fresh box before the update
  for (const sym of loopVars) {
    const loc = fx.vars.get(sym);
    if (loc && loc.k === "boxed") {
      update.push({ s: "expr", e: { e: "assign", target: { e: "local", v: loc.v, ty: loc.v.ty }, v: rt("yao_box_copy", [local(loc.v)], loc.v.ty), ty: loc.v.ty } });
    }
  }
  if (st.incrementor) update.push({ s: "expr", e: expr(fx, st.incrementor) });
  fx.facts = saved;
  fx.labels.pop();
  return [{ s: "block", body: [...pre, { s: "loop", label: label.brk.replace(/_break$/, ""), cond, body, update, post: false }] }];
}

/**
 * Recognizes `for (let i = a; i < n; i++)` (and <=, >, >=, i += k, i--, i * i <= n) where the
 * body never assigns i: inside the body and the update, i is within the bound the condition
 * just checked, and `i < X.length` for a fixed-length X proves X[i] in bounds.
 */
function canonicalFact(fx: FnLower, st: ts.ForStatement, cond: Expr | null): { sym: ts.Symbol; fact: Fact } | undefined {
  const c = st.condition;
  if (!c || !cond || !ts.isBinaryExpression(c)) return undefined;
  const op = c.operatorToken.kind;
  const K = ts.SyntaxKind;
  if (![K.LessThanToken, K.LessThanEqualsToken, K.GreaterThanToken, K.GreaterThanEqualsToken].includes(op)) return undefined;
  let left = c.left;
  let squared = false;
  if (ts.isBinaryExpression(left) && left.operatorToken.kind === K.AsteriskToken && ts.isIdentifier(left.left) &&
    ts.isIdentifier(left.right) && left.left.text === left.right.text) { left = left.left; squared = true; }
  if (!ts.isIdentifier(left)) return undefined;
  const sym = fx.L.symbolOf(left);
  if (!sym || !fx.candidates.has(sym) || assignsIn(fx, st.statement, sym)) return undefined;
  if (!st.incrementor || !isStep(fx, st.incrementor, sym)) return undefined;
  const st0 = fx.ints.get(sym);
  if (!st0 || !st0.int) return undefined;
  let lim = cond.e === "bin" ? cond.b : undefined;
  while (lim && lim.e === "cast") lim = lim.a; // compared as doubles, but the bound kept its int range
  const limLo = lim && lim.ty.k === "int" ? lim.lo ?? -Infinity : -Infinity;
  const limHi = lim && lim.ty.k === "int" ? lim.hi ?? Infinity : Infinity;
  const fact: Fact = { lo: -Infinity, hi: Infinity, below: new Set() };
  if (op === K.LessThanToken || op === K.LessThanEqualsToken) {
    const strict = op === K.LessThanToken;
    fact.lo = st0.lo;
    fact.hi = squared ? (st0.lo >= 0 ? Math.floor(Math.sqrt(Math.max(0, limHi))) : Infinity) : strict ? limHi - 1 : limHi;
    const below = lengthOwner(fx, c.right, st);
    if (below && strict && !squared) fact.below.add(below);
  } else {
    if (squared) return undefined;
    fact.hi = st0.hi;
    fact.lo = op === K.GreaterThanToken ? limLo + 1 : limLo;
  }
  if (!(fact.lo <= fact.hi) && fact.below.size === 0) return undefined;
  return { sym, fact };
}

/** `X.length` where X is a typed array or string variable that the loop does not reassign. */
function lengthOwner(fx: FnLower, e: ts.Expression, loop: ts.ForStatement): ts.Symbol | undefined {
  if (!ts.isPropertyAccessExpression(e) || e.name.text !== "length" || !ts.isIdentifier(e.expression)) return undefined;
  const sym = fx.L.symbolOf(e.expression);
  if (!sym) return undefined;
  const t = mapType(fx.env, fx.checker.getTypeAtLocation(e.expression), e.expression);
  if (t.k !== "typed" && t.k !== "str") return undefined;
  if (isRef(t) && t.nul) return undefined;
  if (assignsIn(fx, loop, sym)) return undefined;
  return sym;
}

function isStep(fx: FnLower, inc: ts.Expression, sym: ts.Symbol): boolean {
  const K = ts.SyntaxKind;
  const isVar = (e: ts.Expression) => ts.isIdentifier(e) && fx.L.symbolOf(e) === sym;
  if ((ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) && isVar(inc.operand)) return true;
  if (ts.isBinaryExpression(inc) && isVar(inc.left)) {
    const k = inc.operatorToken.kind;
    return k === K.PlusEqualsToken || k === K.MinusEqualsToken;
  }
  return false;
}

/** True when `sym` is written anywhere inside `node` (including by nested closures). */
export function assignsIn(fx: FnLower, node: ts.Node, sym: ts.Symbol): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isIdentifier(n) && isAssignmentTarget(n) && fx.L.symbolOf(n) === sym) { found = true; return; }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

function lowerForOf(fx: FnLower, st: ts.ForOfStatement): Stmt[] {
  if (st.awaitModifier) fail(st, "YAO1411", "for await is outside the subset", "");
  const mi = mapIterable(fx, st.expression);
  if (mi) return forOfMap(fx, st, mi);
  let coll = expr(fx, st.expression);
  if (coll.ty.k === "str") coll = codePoints(coll); // for (const ch of s): code points, as strings
  const collVar = fx.temp(coll.ty, "coll");
  const idx = fx.temp(INT, "i");
  idx.lo = 0; idx.hi = 2 ** 31 - 1;
  const label = pushLoop(fx);
  const head: Stmt[] = [];
  const init = st.initializer;
  const item = elementOf(fx, local(collVar), local(idx), st.expression);
  if (ts.isVariableDeclarationList(init)) {
    if (!(init.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) fail(init, "YAO1409", "var is outside the subset", "use let or const");
    const d = init.declarations[0];
    if (!ts.isIdentifier(d.name)) {
      head.push(...destructure(fx, d.name, item, (id, v) => declareName(fx, id, v)));
    } else {
      const sym = fx.checker.getSymbolAtLocation(d.name)!;
      const ty = mapType(fx.env, fx.checker.getTypeAtLocation(d.name), d.name);
      const v = fx.declareVar(sym, ty, d.name.text);
      head.push(...fx.initVar(sym, v, settleInt(item, v), d));
    }
  } else {
    head.push({ s: "expr", e: lowerAssignTo(fx, init, item, st) });
  }
  const body = [...head, ...lowerBranch(fx, st.statement)];
  fx.labels.pop();
  const cond = bin("<", local(idx), iterLength(fx, local(collVar), st.expression), BOOL);
  const update: Stmt[] = [{ s: "expr", e: { e: "assign", target: { e: "local", v: idx, ty: INT }, v: bin("+", local(idx), intLit(1), INT), ty: INT } }];
  return [{ s: "block", body: [
    { s: "decl", v: collVar, init: coll },
    { s: "decl", v: idx, init: intLit(0) },
    { s: "loop", label: label.brk.replace(/_break$/, ""), cond, body, update, post: false },
  ] }];
}

/** for-of over a Map or Set (or its keys/values/entries): `[k, v]` patterns bind without an array. */
function forOfMap(fx: FnLower, st: ts.ForOfStatement, mi: NonNullable<ReturnType<typeof mapIterable>>): Stmt[] {
  const label = pushLoop(fx);
  const loopLabel = label.brk.replace(/_break$/, "");
  const init = st.initializer;
  const stmtsOut = mapLoop(fx, mi.coll, mi.t, loopLabel, (k, v) => {
    const head: Stmt[] = [];
    const d = ts.isVariableDeclarationList(init) ? init.declarations[0] : undefined;
    if (d && ts.isArrayBindingPattern(d.name) && mi.walk === "entries") {
      const parts = [local(k), mi.t.k === "map" ? local(v) : local(k)];
      d.name.elements.forEach((el, i) => {
        if (ts.isOmittedExpression(el) || i > 1) return;
        if (el.dotDotDotToken || el.initializer || !ts.isIdentifier(el.name)) {
          fail(el, "YAO1923", "only plain [key, value] names are supported when destructuring Map entries", "");
        }
        head.push(...declareName(fx, el.name, parts[i]));
      });
    } else {
      const item = mapItem(mi.walk, mi.t, k, v);
      if (d) head.push(...destructure(fx, d.name, item, (id, x) => declareName(fx, id, x)));
      else head.push({ s: "expr", e: lowerAssignTo(fx, init as ts.Expression, item, st) });
    }
    return [...head, ...lowerBranch(fx, st.statement)];
  });
  fx.labels.pop();
  return [{ s: "block", body: stmtsOut }];
}

// ---- switch, jumps, labels ---------------------------------------------------------------

function lowerSwitch(fx: FnLower, st: ts.SwitchStatement): Stmt[] {
  const n = fx.newLabel("switch");
  const label: LoopLabel = { tsLabel: fx.pendingLabel, brk: `${n}_break`, used: { brk: false, cont: false }, tryDepth: fx.tries.length };
  fx.pendingLabel = undefined;
  const disc = expr(fx, st.expression);
  const dv = fx.temp(disc.ty, "sw");
  const clauses = st.caseBlock.clauses;
  const direct = disc.ty.k === "int" && clauses.every((c) => ts.isDefaultClause(c) || isIntLiteral(fx, c.expression));
  const pre: Stmt[] = [{ s: "decl", v: dv, init: disc }];
  let on: Expr;
  if (direct) {
    on = local(dv);
  } else {
    // JavaScript compares case expressions in order with ===; the matched clause's index drives a C switch
    const iv = fx.temp(INT, "case");
    let chain: Expr = intLit(clauses.findIndex((c) => ts.isDefaultClause(c)));
    for (let i = clauses.length - 1; i >= 0; i--) {
      const c = clauses[i];
      if (ts.isDefaultClause(c)) continue;
      const test = strictEquals(fx, local(dv), expr(fx, c.expression), c.expression);
      chain = { e: "cond", c: test, a: intLit(i), b: chain, ty: INT };
    }
    pre.push({ s: "decl", v: iv, init: chain });
    on = local(iv);
  }
  fx.labels.push(label);
  const cases = clauses.map((c, i) => {
    const body = fx.lowerBlock(c.statements);
    if (ts.isDefaultClause(c)) return { v: null, body };
    return { v: direct ? caseValue(fx, c.expression) : i, body };
  });
  fx.labels.pop();
  return [{ s: "block", body: [...pre, { s: "switch", label: label.brk.replace(/_break$/, ""), on, cases }] }];
}

function isIntLiteral(fx: FnLower, e: ts.Expression): boolean {
  const v = caseConst(fx, e);
  return v !== undefined && Number.isInteger(v) && Math.abs(v) < 2 ** 53 && !Object.is(v, -0);
}

function caseConst(fx: FnLower, e: ts.Expression): number | undefined {
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return -Number(e.operand.text);
  if (ts.isPropertyAccessExpression(e)) {
    const v = enumMemberValue(fx.checker, e);
    if (typeof v === "number") return v;
  }
  return undefined;
}

function caseValue(fx: FnLower, e: ts.Expression): number {
  return caseConst(fx, e)!;
}

function lowerJump(fx: FnLower, st: ts.BreakStatement | ts.ContinueStatement, kind: "break" | "continue"): Stmt {
  const name = st.label?.text;
  for (let i = fx.labels.length - 1; i >= 0; i--) {
    const l = fx.labels[i];
    if (name !== undefined && l.tsLabel !== name) continue;
    if (kind === "continue" && !l.cont) continue;
    const jump: Stmt = kind === "break" ? { s: "break", label: l.brk } : { s: "continue", label: l.cont! };
    if (kind === "break") l.used.brk = true; else l.used.cont = true;
    return { s: "block", body: exitJump(fx, l.tryDepth, () => [jump]) };
  }
  fail(st, "YAO1412", `no enclosing statement for this ${kind}`, "");
}

/**
 * A jump that leaves try blocks: each one left pops its exception handler, and the first one
 * with a finally block runs it first (the jump continues from its end; see lowerTry).
 */
export function exitJump(fx: FnLower, targetDepth: number, jump: () => Stmt[]): Stmt[] {
  const out: Stmt[] = [];
  for (let d = fx.tries.length - 1; d >= targetDepth; d--) {
    const ctx = fx.tries[d];
    if (ctx.handler) out.push({ s: "expr", e: rt("YAO_TRY_POP", [local(ctx.handler)], VOID_TY) });
    if (ctx.fin) {
      const fin = ctx.fin;
      const code = 2 + fin.exits.length;
      fin.exits.push({ code, emit: () => exitJump(fx, d, jump) });
      out.push({ s: "expr", e: { e: "assign", target: { e: "local", v: fin.comp, ty: INT }, v: intLit(code), ty: INT } });
      out.push({ s: "break", label: fin.label });
      return out;
    }
  }
  return [...out, ...jump()];
}

function lowerReturn(fx: FnLower, st: ts.ReturnStatement): Stmt {
  if (!st.expression) return { s: "block", body: exitJump(fx, 0, () => [{ s: "return" }]) };
  const e = expr(fx, st.expression);
  if (fx.ir.ret.k === "void") return { s: "block", body: [{ s: "expr", e }, ...exitJump(fx, 0, () => [{ s: "return" }])] };
  fx.L.noteReturn(fx.node, e);
  const v = coerce(e, fx.ir.ret, st.expression);
  if (fx.tries.length === 0) return { s: "return", e: v };
  const slot = fx.returnSlot();
  const store: Stmt = { s: "expr", e: { e: "assign", target: { e: "local", v: slot, ty: slot.ty }, v, ty: slot.ty } };
  return { s: "block", body: [store, ...exitJump(fx, 0, () => [{ s: "return", e: local(slot) }])] };
}

// ---- exceptions ----------------------------------------------------------------------------

function lowerThrow(fx: FnLower, st: ts.ThrowStatement): Stmt {
  const v = coerce(valExpr(fx, st.expression), VAL, st.expression);
  return { s: "expr", e: rt("yao_throw", [v], VOID_TY) };
}

const THROWN = 1;

/**
 * try/catch/finally. The protected block runs under a handler; a throw lands in the handler's
 * else-branch with the value in yao_exc. With a finally block, every way out of the protected
 * part (normal end, throw, return, break, continue) records how it left in `comp`, runs the
 * finally block, then continues that way: rethrow, or the jump (exitJump registered it).
 */
function lowerTry(fx: FnLower, st: ts.TryStatement): Stmt[] {
  const handlerTy: Ty = { k: "raw", c: "yao_handler" };
  const h = fx.temp(handlerTy, "h");
  const fin: FinallyCtx | undefined = st.finallyBlock
    ? { comp: { ...fx.temp(INT, "comp"), volatile: true }, exc: { ...fx.temp(VAL, "exc"), volatile: true }, label: fx.newLabel("finally"), exits: [] }
    : undefined;
  fx.tries.push({ handler: h, fin });
  const body = [...fx.lowerBlock(st.tryBlock.statements), { s: "expr" as const, e: rt("YAO_TRY_POP", [local(h)], VOID_TY) }];
  fx.tries.pop();
  const onThrow = fin ? catchThenFinally(fx, st, fin) : catchOnly(fx, st);
  markVolatile(body);
  const out: Stmt[] = [{ s: "try", h, body, onThrow }];
  if (!fin) return [{ s: "block", body: out }];
  const finallyBody = fx.lowerBlock(st.finallyBlock!.statements);
  const cases = [
    { v: THROWN, body: [{ s: "expr" as const, e: rt("yao_throw", [local(fin.exc)], VOID_TY) }] },
    ...fin.exits.map((x) => ({ v: x.code, body: x.emit() })),
  ];
  return [{ s: "block", body: [
    { s: "decl", v: fin.comp, init: intLit(0) },
    { s: "decl", v: fin.exc },
    ...out,
    { s: "label", label: fin.label },
    ...finallyBody,
    { s: "switch", label: fx.newLabel("dispatch"), on: local(fin.comp), cases },
  ] }];
}

function catchOnly(fx: FnLower, st: ts.TryStatement): Stmt[] {
  fx.tries.push({ handler: null });
  const body = catchBody(fx, st.catchClause!);
  fx.tries.pop();
  return body;
}

function catchThenFinally(fx: FnLower, st: ts.TryStatement, fin: FinallyCtx): Stmt[] {
  const thrown: Stmt[] = [
    { s: "expr", e: { e: "assign", target: { e: "local", v: fin.comp, ty: INT }, v: intLit(THROWN), ty: INT } },
    { s: "expr", e: { e: "assign", target: { e: "local", v: fin.exc, ty: VAL }, v: rt("YAO_EXC", [], VAL), ty: VAL } },
  ];
  if (!st.catchClause) return thrown;
  const h2 = fx.temp({ k: "raw", c: "yao_handler" }, "h");
  fx.tries.push({ handler: h2, fin });
  const body = [...catchBody(fx, st.catchClause), { s: "expr" as const, e: rt("YAO_TRY_POP", [local(h2)], VOID_TY) }];
  fx.tries.pop();
  markVolatile(body);
  return [{ s: "try", h: h2, body, onThrow: thrown }];
}

/** The catch block, with its parameter bound to the thrown value (any value: a tagged val). */
function catchBody(fx: FnLower, c: ts.CatchClause): Stmt[] {
  const out: Stmt[] = [];
  const d = c.variableDeclaration;
  if (d) {
    if (!ts.isIdentifier(d.name)) fail(d.name, "YAO1410", "destructuring a caught value is not supported", "bind it to a name");
    const sym = fx.checker.getSymbolAtLocation(d.name)!;
    const v = fx.declareVar(sym, VAL, d.name.text);
    out.push(...fx.initVar(sym, v, rt("YAO_EXC", [], VAL), d));
  }
  return [...out, ...fx.lowerBlock(c.block.statements)];
}

/** Locals written inside a protected block must live in memory: a throw longjmps past registers. */
function markVolatile(body: Stmt[]): void {
  const visit = (x: unknown): void => {
    if (!x || typeof x !== "object") return;
    const o = x as { e?: string; s?: string; target?: { e: string; v?: Var } };
    if (o.e === "tdesc") return;
    if (o.e === "assign" && o.target?.e === "local" && o.target.v) o.target.v.volatile = true;
    for (const val of Object.values(o)) {
      if (Array.isArray(val)) val.forEach(visit);
      else if (val && typeof val === "object" && !("cname" in val) && ("e" in val || "s" in val || "body" in val)) visit(val);
    }
  };
  body.forEach(visit);
}

function lowerLabeled(fx: FnLower, st: ts.LabeledStatement): Stmt[] {
  const inner = st.statement;
  const isLoop = ts.isForStatement(inner) || ts.isForOfStatement(inner) || ts.isWhileStatement(inner) ||
    ts.isDoStatement(inner) || ts.isSwitchStatement(inner);
  if (isLoop) {
    fx.pendingLabel = st.label.text;
    return lowerStmt(fx, inner);
  }
  const n = fx.newLabel("block");
  const label: LoopLabel = { tsLabel: st.label.text, brk: `${n}_break`, used: { brk: false, cont: false }, tryDepth: fx.tries.length };
  fx.labels.push(label);
  const body = lowerBranch(fx, inner);
  fx.labels.pop();
  return [{ s: "labeled", label: label.brk.replace(/_break$/, ""), body }];
}

export type { Ty };
