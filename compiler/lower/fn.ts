// FnLower: lowers one function body (or a module's top-level code, or a constructor) to IR.
// Owns the function's variables (locals, boxes, captures), labels, loop facts and the
// integer-inference rounds (intvars.ts). Statements are lowered here; expressions in expr.ts.
import ts from "typescript";
import {
  FuncIR, Var, Stmt, Expr, Ty, Capture, ClosureIR, F64, INT, VOID, VAL, isRef, ClassIR, Global, TAKind,
} from "../ir/ir";

function taCType(k: TAKind): string {
  return { i8: "int8_t", u8: "uint8_t", u8c: "uint8_t", i16: "int16_t", u16: "uint16_t", i32: "int32_t", u32: "uint32_t", f32: "float", f64: "double" }[k];
}
import { fail } from "../diag";
import { NameScope, cIdent } from "./names";
import { FnNode, isFunctionNode } from "./scopes";
import type { Lowerer } from "./lowerer";
import { IntStates, AssignNote, initialStates, nextStates, sameStates, demoteMoving, settle } from "./intvars";
import { local, intLit, rt, seq } from "./build";
import { coerce } from "./convert";
import { lowerStatements, lowerBlockInto, declareName } from "./stmt";
import { destructure } from "./objects";
import { expr } from "./expr";
import { mapType, mapSignature, TypeEnv, paramTy, Subst } from "./types";

export type VarLoc =
  | { k: "local"; v: Var }
  | { k: "boxed"; v: Var; inner: Ty }
  | { k: "cap"; c: Capture; boxed: boolean; inner: Ty }
  | { k: "global"; g: Global }
  | { k: "self"; ty: Ty };

export interface LoopLabel {
  tsLabel?: string;
  brk: string;
  cont?: string; // loops only
  used: { brk: boolean; cont: boolean };
  tryDepth: number; // how many try blocks enclose the loop (jumps to it leave the ones above)
}

/** A try statement being lowered: what a jump out of it must undo, and its finally block. */
export interface TryCtx {
  handler: Var | null; // the exception handler this construct has pushed at this point, if any
  fin?: FinallyCtx;
}

export interface FinallyCtx {
  comp: Var; // how the protected part ended: 0 normally, 1 by a throw, 2.. by a jump (exits)
  exc: Var; // the exception to rethrow after the finally block
  label: string; // the finally block's start
  exits: { code: number; emit: () => Stmt[] }[];
}

/** A fact that holds inside a loop: the variable's range, and arrays/strings it indexes in bounds. */
export interface Fact {
  lo: number;
  hi: number;
  below: Set<ts.Symbol>; // i < X.length for these X (fixed-length X)
}

const MAX_ROUNDS = 8;

export class FnLower {
  names = new NameScope(new Set(["self", "this_"]));
  vars = new Map<ts.Symbol, VarLoc>();
  labels: LoopLabel[] = [];
  facts = new Map<ts.Symbol, Fact>();
  ints: IntStates = new Map();
  notes = new Map<ts.Symbol, AssignNote[]>();
  candidates = new Set<ts.Symbol>();
  thisExpr: Expr | null = null;
  labelCount = 0;
  predeclared = new Set<ts.Symbol>();
  tries: TryCtx[] = [];
  retVar: Var | null = null; // the return value while finally blocks run
  prologue: Stmt[] = []; // declarations the body needs first (retVar)
  /** Typed-array variables never reassigned: their length and data pointer, kept in locals. */
  taCache = new Map<ts.Symbol, { len: Var; data: Var; ta: TAKind }>();
  pendingLabel: string | undefined;

  readonly env: TypeEnv;

  constructor(
    readonly L: Lowerer,
    readonly ir: FuncIR,
    readonly node: FnNode | undefined,
    readonly classDecl?: ts.ClassDeclaration,
    readonly subst?: Subst,
  ) {
    this.env = L.envWith(subst);
  }

  get checker(): ts.TypeChecker {
    return this.L.checker;
  }

  // ---- entry points --------------------------------------------------------------------

  lowerFunction(): void {
    const node = this.node!;
    this.findCandidates(node);
    this.ir.body = this.inferInts(() => this.lowerFunctionOnce(node));
  }

  lowerModuleBody(sf: ts.SourceFile): void {
    for (const st of sf.statements) if (!ts.isVariableStatement(st) && !ts.isFunctionDeclaration(st)) this.findCandidates(st);
    this.ir.body = this.inferInts(() => this.lowerModuleOnce(sf));
  }

  private lowerModuleOnce(sf: ts.SourceFile): Stmt[] {
    const out: Stmt[] = [];
    for (const st of sf.statements) {
      if (ts.isClassDeclaration(st)) out.push(...this.lowerStaticInits(st));
      else if (ts.isVariableStatement(st)) out.push(...this.lowerGlobalDecls(st));
      else if (!ts.isFunctionDeclaration(st)) out.push(...lowerStatements(this, [st]));
    }
    return out;
  }

  lowerConstructor(): void {
    const ctor = this.node as ts.ConstructorDeclaration | undefined;
    if (ctor) this.findCandidates(ctor);
    this.ir.body = this.inferInts(() => this.lowerConstructorOnce(ctor));
  }

  /**
   * Lowers the body in rounds until the integer states of its locals settle (intvars.ts); a
   * variable whose range stayed empty (never assigned an int) becomes a double at the end.
   */
  private inferInts(lowerOnce: () => Stmt[]): Stmt[] {
    this.ints = initialStates(this.candidates);
    for (let round = 0; ; round++) {
      this.resetRound();
      const lowered = lowerOnce();
      const body = this.prologue.length ? [...this.prologue, ...lowered] : lowered;
      if (this.candidates.size === 0) return body;
      let next = nextStates(this.ints, this.notes, round);
      if (process.env.YAO_DEBUG_INTS) console.error(this.ir.name, round, [...next].map(([k, v]) => `${k.getName()}:${v.int ? `[${v.lo},${v.hi}]` : "f64"}`).join(" "));
      if (sameStates(this.ints, next)) {
        next = settle(this.ints);
        if (sameStates(this.ints, next)) return body;
      }
      this.ints = round >= MAX_ROUNDS ? demoteMoving(this.ints, next) : next;
    }
  }

  private resetRound(): void {
    this.names = new NameScope(new Set(["self", "this_"]));
    this.vars = new Map();
    this.labels = [];
    this.facts = new Map();
    this.notes = new Map();
    this.ir.locals = [];
    this.ir.params = [];
    this.labelCount = 0;
    this.predeclared = new Set();
    this.taCache = new Map();
    this.tries = [];
    this.retVar = null;
    this.prologue = [];
    const cls = this.ir.thisCls;
    this.thisExpr = cls ? { e: "this", ty: { k: "cls", cls, nul: 0 } } : null;
  }

  private lowerFunctionOnce(node: FnNode): Stmt[] {
    const pre = this.bindParams(node);
    if (this.ir.closure) this.bindCaptures(node);
    const body: Stmt[] = [...pre];
    if (!node.body) return body;
    if (ts.isBlock(node.body)) {
      body.push(...this.hoistFunctions(node.body.statements));
      body.push(...lowerStatements(this, node.body.statements));
    } else {
      const e = expr(this, node.body);
      if (this.ir.ret.k !== "void") this.L.noteReturn(node, e);
      body.push(this.ir.ret.k === "void" ? { s: "expr", e } : { s: "return", e: coerce(e, this.ir.ret, node.body) });
    }
    return body;
  }

  private lowerConstructorOnce(ctor: ts.ConstructorDeclaration | undefined): Stmt[] {
    const cls = this.ir.thisCls!;
    const decl = this.classDecl!;
    const body: Stmt[] = ctor ? [...this.bindParams(ctor)] : this.bindImplicitParams(cls);
    const fieldInits = () => this.fieldInitializers(cls, decl, ctor);
    const stmtsOf = ctor?.body?.statements ?? ts.factory.createNodeArray();
    const superIdx = stmtsOf.findIndex((s) => isSuperCall(s));
    if (!cls.base) body.push(...fieldInits());
    if (!ctor && cls.base) body.push(this.implicitSuperCall(cls));
    if (ctor) body.push(...this.hoistFunctions(stmtsOf));
    stmtsOf.forEach((s, i) => {
      body.push(...lowerStatements(this, [s]));
      if (i === superIdx) body.push(...fieldInits());
    });
    if (!ctor && cls.base) body.push(...fieldInits());
    if (cls.base && ctor && superIdx < 0) {
      fail(ctor, "YAO1300", "a derived constructor must call super(...) as a top-level statement", "call super(...) first");
    }
    return body;
  }

  /** Field initializers, then parameter properties (the order Node uses with ES2022 fields). */
  private fieldInitializers(cls: ClassIR, decl: ts.ClassDeclaration, ctor: ts.ConstructorDeclaration | undefined): Stmt[] {
    const out: Stmt[] = [];
    const self = this.thisExpr!;
    for (const m of decl.members) {
      if (!ts.isPropertyDeclaration(m) || ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) continue;
      const name = memberText(m.name);
      const f = cls.fields.find((x) => x.owner === cls && x.name === name) ?? cls.fields.find((x) => x.name === name)!; // own, or redeclared
      const raw = m.initializer ? expr(this, m.initializer) : undefined;
      if (raw) this.L.noteFieldStore(f, raw);
      const init = raw ? coerce(raw, f.ty, m.initializer!) : defaultValue(f.ty);
      if (init) out.push({ s: "expr", e: { e: "assign", target: { e: "field", obj: self, cls, f }, v: init, ty: f.ty } });
    }
    for (const p of ctor?.parameters ?? []) {
      if (!ts.isParameterPropertyDeclaration(p, ctor!)) continue;
      const name = (p.name as ts.Identifier).text;
      const f = cls.fields.find((x) => x.owner === cls && x.name === name)!;
      const sym = paramSymbol(this.checker, p);
      const given = this.readVar(sym, p.name);
      this.L.noteFieldStore(f, given);
      const v = coerce(given, f.ty, p);
      out.push({ s: "expr", e: { e: "assign", target: { e: "field", obj: self, cls, f }, v, ty: f.ty } });
    }
    return out;
  }

  private bindImplicitParams(cls: ClassIR): Stmt[] {
    // A derived class without a constructor takes its base constructor's parameters.
    const base = cls.base;
    if (!base) return [];
    if (base.builtin) {
      this.ir.params.push({ name: "message", cname: this.names.fresh("message"), ty: { k: "str", nul: 2 }, boxed: false });
      return [];
    }
    for (const p of base.ctor!.params) {
      const v: Var = { name: p.name, cname: this.names.fresh(p.cname), ty: p.ty, boxed: false };
      this.ir.params.push(v);
    }
    return [];
  }

  private implicitSuperCall(cls: ClassIR): Stmt {
    const base = cls.base!;
    if (base.builtin) return { s: "expr", e: errorInit(this.thisExpr!, local(this.ir.params[0])) };
    const args = this.ir.params.map((p) => local(p));
    return { s: "expr", e: { e: "call", f: base.ctor!, args, recv: this.thisExpr!, ty: VOID } };
  }

  /** Static field initializers and static blocks, in the order they are written (ES2022 15.7.14 step 31). */
  private lowerStaticInits(decl: ts.ClassDeclaration): Stmt[] {
    const out: Stmt[] = [];
    for (const m of decl.members) {
      if (ts.isClassStaticBlockDeclaration(m)) {
        out.push({ s: "block", body: lowerBlockInto(this, m.body.statements) });
        continue;
      }
      const s = this.L.staticInits.find((x) => x.decl === m);
      if (!s) continue;
      const init = s.decl.initializer ? coerce(expr(this, s.decl.initializer), s.g.ty, s.decl.initializer) : defaultValue(s.g.ty);
      if (init) out.push({ s: "expr", e: { e: "assign", target: { e: "global", g: s.g }, v: init, ty: s.g.ty } });
    }
    return out;
  }

  private lowerGlobalDecls(st: ts.VariableStatement): Stmt[] {
    const out: Stmt[] = [];
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name)) {
        if (!d.initializer) continue;
        out.push(...destructure(this, d.name, expr(this, d.initializer), (id, v) => {
          const g = this.L.globals.get(this.checker.getSymbolAtLocation(id)!)!;
          return [{ s: "expr", e: { e: "assign", target: { e: "global", g }, v: coerce(v, g.ty, id), ty: g.ty } }];
        }));
        continue;
      }
      const sym = this.checker.getSymbolAtLocation(d.name)!;
      const g = this.L.globals.get(sym)!;
      if (!d.initializer) continue;
      const raw = expr(this, d.initializer);
      if (g.isConst && (raw.e === "int" || raw.e === "num" || raw.e === "bool" || raw.e === "str")) {
        g.init = raw; // a constant: emitted as a static initializer, folded where read
        if (raw.e === "int") g.ty = INT;
        continue;
      }
      const v = coerce(raw, g.ty, d.initializer);
      out.push({ s: "expr", e: { e: "assign", target: { e: "global", g }, v, ty: g.ty } });
    }
    return out;
  }

  // ---- parameters and captures ----------------------------------------------------------

  private bindParams(node: FnNode): Stmt[] {
    const pre: Stmt[] = [];
    for (const [i, p] of node.parameters.entries()) {
      if (!ts.isIdentifier(p.name)) {
        const pty = this.ir.closure ? this.L.paramType(p, this.env) : this.L.declaredParams(node, this.env)[i].ty;
        const pv: Var = { name: `arg${i}`, cname: this.names.fresh(`arg${i}`), ty: pty, boxed: false };
        this.ir.params.push(pv);
        const inner = mapType(this.env, this.checker.getTypeAtLocation(p.name), p.name);
        let value: Expr = local(pv);
        if (p.initializer) {
          const isUndef = rt(isRef(pty) ? "YAO_IS_UNDEF" : "yao_val_is_undef", [local(pv)], { k: "bool" }, true);
          value = { e: "cond", c: isUndef, a: coerce(expr(this, p.initializer), inner, p.initializer), b: coerce(local(pv), inner, p), ty: inner };
        }
        pre.push(...destructure(this, p.name, value, (id, v) => declareName(this, id, v)));
        continue;
      }
      const sym = paramSymbol(this.checker, p);
      const declared = this.ir.closure ? undefined : this.L.declaredParams(node, this.env)[i];
      const pty = declared ? declared.ty : this.L.paramType(p, this.env);
      const pv: Var = { name: p.name.text, cname: this.names.fresh(p.name.text), ty: pty, boxed: false, lo: declared?.lo, hi: declared?.hi };
      this.ir.params.push(pv);
      if (p.initializer) {
        // default parameter: the caller passes undefined when omitted; the callee fills it in
        const inner = mapType(this.env, this.checker.getTypeAtLocation(p.name), p.name);
        const isUndef = rt(isRef(pty) ? "YAO_IS_UNDEF" : "yao_val_is_undef", [local(pv)], { k: "bool" }, true);
        const given = coerce(local(pv), inner, p);
        const dflt = coerce(expr(this, p.initializer), inner, p.initializer);
        const v = this.declareVar(sym, inner, p.name.text);
        pre.push(...this.initVar(sym, v, { e: "cond", c: isUndef, a: dflt, b: given, ty: inner }, p));
      } else if (this.L.scopes.captured.has(sym) && this.L.scopes.reassigned.has(sym)) {
        const v = this.declareVar(sym, pty, p.name.text);
        pre.push(...this.initVar(sym, v, local(pv), p));
      } else {
        this.vars.set(sym, { k: "local", v: pv });
        pre.push(...this.cacheTyped(sym, p));
      }
    }
    return pre;
  }

  private bindCaptures(node: FnNode): void {
    const clo = this.ir.closure!;
    const free = [...(this.L.scopes.freeVars.get(node) ?? [])];
    for (const c of clo.captures) {
      if (c.name === "this") {
        this.thisExpr = { e: "cap", c, ty: c.ty };
        continue;
      }
      const sym = free.find((s) => capName(s) === c.name);
      if (!sym) continue;
      const boxed = c.ty.k === "box";
      this.vars.set(sym, { k: "cap", c, boxed, inner: boxed ? (c.ty as { inner: Ty }).inner : c.ty });
    }
    const own = selfSymbol(this.checker, node);
    if (own) this.vars.set(own, { k: "self", ty: { k: "fn", sig: clo.sig, nul: 0 } });
  }

  // ---- variables -------------------------------------------------------------------------

  private findCandidates(node: ts.Node): void {
    const visit = (n: ts.Node) => {
      if (ts.isClassDeclaration(n)) return;
      if (n !== node && isFunctionNode(n)) return;
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) {
        const sym = this.checker.getSymbolAtLocation(n.name);
        if (sym && !this.L.scopes.captured.has(sym)) {
          const t = this.checker.getTypeAtLocation(n.name);
          if (t.flags & ts.TypeFlags.NumberLike && !(t.flags & ts.TypeFlags.EnumLike)) this.candidates.add(sym);
        }
      }
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(node, visit);
  }

  /** Declares a local for `sym` with TypeScript-level type `ty`; boxes it when a closure writes it. */
  declareVar(sym: ts.Symbol, ty: Ty, name: string): Var {
    const st = this.ints.get(sym);
    let vty = ty;
    let lo: number | undefined, hi: number | undefined;
    if (st && st.int && ty.k === "f64") { vty = INT; lo = st.lo; hi = st.hi; }
    const pre = this.vars.get(sym);
    if (pre && this.predeclared.has(sym) && pre.k === "boxed") return pre.v;
    const boxed = this.L.scopes.captured.has(sym) &&
      (this.L.scopes.reassigned.has(sym) || this.forcedBox(sym) || this.L.scopes.capturedByDecl.has(sym));
    if (boxed) {
      const v: Var = { name, cname: this.names.fresh(name), ty: { k: "box", inner: ty, nul: 0 }, boxed: false };
      this.ir.locals.push(v);
      this.vars.set(sym, { k: "boxed", v, inner: ty });
      return v;
    }
    const v: Var = { name, cname: this.names.fresh(name), ty: vty, boxed: false, lo, hi };
    this.ir.locals.push(v);
    this.vars.set(sym, { k: "local", v });
    return v;
  }

  /** Nested function declarations captured by other closures live in boxes (hoisting order). */
  private forcedBox(sym: ts.Symbol): boolean {
    const d = sym.valueDeclaration;
    return !!d && ts.isFunctionDeclaration(d);
  }

  /** Statements that give a freshly declared variable its first value. */
  initVar(sym: ts.Symbol, v: Var, value: Expr | undefined, at: ts.Node): Stmt[] {
    const loc = this.vars.get(sym)!;
    if (loc.k === "boxed" && this.predeclared.has(sym)) {
      // the box was made when the block started (a hoisted function captured it): fill it in
      if (!value) return [];
      const target = { e: "boxval" as const, box: local(loc.v), inner: loc.inner, ty: loc.inner };
      return [{ s: "expr", e: { e: "assign", target, v: coerce(value, loc.inner, at), ty: loc.inner } }];
    }
    if (loc.k === "boxed") {
      const init = value ? coerce(value, loc.inner, at) : defaultValue(loc.inner) ?? zeroOf(loc.inner);
      return [{ s: "decl", v, init: rt("yao_box_new", [init], loc.v.ty) }];
    }
    if (!value) return [{ s: "decl", v }];
    const raw = value.e === "rt" && value.fn === "yao_unsettled_int" ? value.args[0] : value;
    this.noteAssign(sym, raw);
    return [{ s: "decl", v, init: coerce(value, v.ty, at) }];
  }

  /** For a typed-array variable that is never reassigned: locals caching its length and data. */
  cacheTyped(sym: ts.Symbol, at: ts.Node): Stmt[] {
    const loc = this.vars.get(sym);
    if (!loc || loc.k !== "local" || loc.v.ty.k !== "typed" || this.L.scopes.reassigned.has(sym)) return [];
    const ta = loc.v.ty.ta;
    const ct = taCType(ta);
    const len: Var = { name: `${loc.v.name}.length`, cname: this.names.fresh(`${loc.v.cname}__len`), ty: INT, boxed: false, lo: 0, hi: 2 ** 31 - 1 };
    const data: Var = { name: `${loc.v.name}.data`, cname: this.names.fresh(`${loc.v.cname}__data`), ty: { k: "raw", c: `${ct} *` }, boxed: false };
    this.taCache.set(sym, { len, data, ta });
    void at;
    return [
      { s: "decl", v: len, init: rt("YAO_TC_LEN", [local(loc.v)], INT) },
      { s: "decl", v: data, init: rt("YAO_TC_DATA", [{ e: "rt", fn: `@type:${ct}`, args: [], ty: VOID, pure: true }, local(loc.v)], data.ty) },
    ];
  }

  /** Records an assignment for integer inference. */
  noteAssign(sym: ts.Symbol, value: Expr): void {
    if (!this.candidates.has(sym)) return;
    let list = this.notes.get(sym);
    if (!list) this.notes.set(sym, (list = []));
    const isInt = value.ty.k === "int";
    list.push({ int: isInt, lo: isInt ? value.lo ?? -Infinity : 0, hi: isInt ? value.hi ?? Infinity : 0 });
  }

  /** Reads a variable as an expression in its storage type (refined by loop facts). */
  readVar(sym: ts.Symbol, at: ts.Node): Expr {
    const loc = this.lookup(sym, at);
    switch (loc.k) {
      case "local": {
        const e = local(loc.v);
        const f = this.facts.get(sym);
        if (f && e.ty.k === "int") { e.lo = Math.max(e.lo ?? -Infinity, f.lo); e.hi = Math.min(e.hi ?? Infinity, f.hi); }
        return e;
      }
      case "boxed": return { e: "boxval", box: local(loc.v), inner: loc.inner, ty: loc.inner };
      case "cap":
        if (loc.boxed) return { e: "boxval", box: { e: "cap", c: loc.c, ty: loc.c.ty }, inner: loc.inner, ty: loc.inner };
        return { e: "cap", c: loc.c, ty: loc.c.ty };
      case "global":
        if (loc.g.init && loc.g.isConst) return { ...loc.g.init };
        return { e: "global", g: loc.g, ty: loc.g.ty };
      case "self": return { e: "self", ty: loc.ty };
    }
  }

  lookup(sym: ts.Symbol, at: ts.Node): VarLoc {
    const loc = this.vars.get(sym);
    if (loc) return loc;
    const g = this.L.globals.get(sym);
    if (g) return { k: "global", g };
    fail(at, "YAO1302", `'${sym.getName()}' cannot be used here`, "only variables of this program are supported (no lib globals)");
  }

  /** The place a variable is written, as an IR lvalue. */
  varTarget(sym: ts.Symbol, at: ts.Node): { target: Expr & { e: "local" | "global" | "boxval" }; ty: Ty } {
    const loc = this.lookup(sym, at);
    switch (loc.k) {
      case "local": return { target: { e: "local", v: loc.v, ty: loc.v.ty }, ty: loc.v.ty };
      case "boxed": return { target: { e: "boxval", box: local(loc.v), inner: loc.inner, ty: loc.inner }, ty: loc.inner };
      case "cap":
        if (!loc.boxed) fail(at, "YAO1303", "internal: assignment to an unboxed capture", "");
        return { target: { e: "boxval", box: { e: "cap", c: loc.c, ty: loc.c.ty }, inner: loc.inner, ty: loc.inner }, ty: loc.inner };
      case "global":
        if (loc.g.init && loc.g.isConst) fail(at, "YAO1304", "internal: assignment to a constant", "");
        return { target: { e: "global", g: loc.g, ty: loc.g.ty }, ty: loc.g.ty };
      case "self": fail(at, "YAO1305", "a function cannot assign to its own name", "use another variable");
    }
  }

  /** The function's return-value slot for returns that must run finally blocks first. */
  returnSlot(): Var {
    if (!this.retVar) {
      this.retVar = { name: "ret", cname: this.names.fresh("ret_"), ty: this.ir.ret, boxed: false, volatile: true };
      this.prologue.push({ s: "decl", v: this.retVar });
    }
    return this.retVar;
  }

  temp(ty: Ty, base = "t"): Var {
    return { name: base, cname: this.names.fresh(`${base}_`), ty, boxed: false };
  }

  newLabel(base: string): string {
    return `${base}_${++this.labelCount}`;
  }

  // ---- nested functions and closures -----------------------------------------------------

  /** Function declarations in a block are created before its first statement (hoisting). */
  hoistFunctions(statements: readonly ts.Statement[]): Stmt[] {
    const decls = statements.filter((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && !!s.body);
    const out: Stmt[] = [];
    out.push(...this.predeclareCaptured(statements));
    for (const d of decls) {
      const sym = this.checker.getSymbolAtLocation(d.name!)!;
      const ty: Ty = { k: "fn", sig: mapSignature(this.env, this.checker.getSignatureFromDeclaration(d)!, d), nul: 0 };
      const v = this.declareVar(sym, ty, d.name!.text);
      const loc = this.vars.get(sym)!;
      if (loc.k === "boxed") out.push({ s: "decl", v, init: rt("yao_box_new", [{ e: "null", ty }], v.ty) });
      else out.push({ s: "decl", v });
    }
    for (const d of decls) {
      const sym = this.checker.getSymbolAtLocation(d.name!)!;
      const clo = this.closureExpr(d);
      const { target } = this.varTarget(sym, d);
      out.push({ s: "expr", e: { e: "assign", target, v: clo, ty: clo.ty } });
    }
    return out;
  }

  /** Boxes for this block's lets that hoisted functions capture, made before the closures. */
  private predeclareCaptured(statements: readonly ts.Statement[]): Stmt[] {
    const wanted = this.L.scopes.capturedByDecl;
    const out: Stmt[] = [];
    for (const st of statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) continue;
        const sym = this.checker.getSymbolAtLocation(d.name)!;
        if (!wanted.has(sym) || this.vars.has(sym)) continue;
        const ty = mapType(this.env, this.checker.getTypeAtLocation(d.name), d.name);
        const v = this.declareVar(sym, ty, d.name.text);
        const loc = this.vars.get(sym)!;
        if (loc.k !== "boxed") continue;
        this.predeclared.add(sym);
        out.push({ s: "decl", v, init: rt("yao_box_new", [defaultValue(ty) ?? zeroOf(ty)], v.ty) });
      }
    }
    return out;
  }

  /** Creates the closure object for an arrow function, function expression or nested declaration. */
  closureExpr(node: FnNode): Expr {
    const sig = mapSignature(this.env, this.checker.getSignatureFromDeclaration(node)!, node);
    const made = this.L.closureOf(node, sig, this.ir.cname, (syms, usesThis) => this.captureTypes(syms, usesThis, node), this.subst);
    const caps: Expr[] = made.clo.captures.map((c) => this.captureValue(c, node));
    return { e: "closure", fn: made.fn, clo: made.clo, caps, ty: { k: "fn", sig, nul: 0 } };
  }

  private captureTypes(syms: ts.Symbol[], usesThis: boolean, node: FnNode): Capture[] {
    const caps: Capture[] = [];
    const own = selfSymbol(this.checker, node);
    const names = new NameScope(new Set(["base"]));
    for (const s of syms) {
      if (s === own) continue;
      const loc = this.lookup(s, node);
      let ty: Ty;
      if (loc.k === "boxed") ty = loc.v.ty;
      else if (loc.k === "cap") ty = loc.c.ty;
      else if (loc.k === "local") ty = loc.v.ty.k === "int" ? F64 : loc.v.ty;
      else if (loc.k === "self") ty = loc.ty;
      else continue; // globals are not captured
      caps.push({ name: capName(s), cname: names.fresh(s.getName()), ty });
    }
    if (usesThis && this.thisExpr) caps.push({ name: "this", cname: "this_", ty: this.thisExpr.ty });
    return caps;
  }

  private captureValue(c: Capture, node: FnNode): Expr {
    if (c.name === "this") return this.thisExpr!;
    const sym = [...(this.L.scopes.freeVars.get(node) ?? [])].find((s) => capName(s) === c.name)!;
    const loc = this.lookup(sym, node);
    if (loc.k === "boxed") return local(loc.v);
    if (loc.k === "cap") return { e: "cap", c: loc.c, ty: loc.c.ty };
    return coerce(this.readVar(sym, node), c.ty, node);
  }

  lowerBlock(statements: readonly ts.Statement[]): Stmt[] {
    return lowerBlockInto(this, statements);
  }
}

/** The builtin Error constructor's work on an instance of a subclass (rt_exc.c). */
export function errorInit(self: Expr, message: Expr): Expr {
  return rt("yao_error_init", [{ e: "cast", a: self, ty: { k: "raw", c: "yao_error *" } }, message], VOID);
}

/** A parameter's own symbol (a parameter property also has a property symbol of the same name). */
export function paramSymbol(checker: ts.TypeChecker, p: ts.ParameterDeclaration): ts.Symbol {
  if (ts.isParameterPropertyDeclaration(p, p.parent) && ts.isIdentifier(p.name)) {
    return checker.getSymbolsOfParameterPropertyDeclaration(p, p.name.text)[0];
  }
  return checker.getSymbolAtLocation(p.name)!;
}

export function capName(s: ts.Symbol): string {
  return `${s.getName()}#${(s as unknown as { id?: number }).id ?? ""}`;
}

function selfSymbol(checker: ts.TypeChecker, node: FnNode): ts.Symbol | undefined {
  if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.name) {
    return checker.getSymbolAtLocation(node.name);
  }
  return undefined;
}

function isSuperCall(s: ts.Statement): boolean {
  return ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) &&
    s.expression.expression.kind === ts.SyntaxKind.SuperKeyword;
}

function memberText(n: ts.PropertyName): string {
  return ts.isIdentifier(n) || ts.isPrivateIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) ? n.text : n.getText();
}

/** The value a field or variable has before anything is assigned: undefined where representable. */
export function defaultValue(ty: Ty): Expr | undefined {
  if (isRef(ty)) return ty.nul ? { e: "undef", ty } : undefined;
  if (ty.k === "val") return rt("yao_val_undef", [], VAL, true);
  return undefined;
}

function zeroOf(ty: Ty): Expr {
  if (ty.k === "f64") return { e: "num", v: 0, ty: F64 };
  if (ty.k === "int") return intLit(0);
  if (ty.k === "bool") return { e: "bool", v: false, ty };
  if (ty.k === "val") return rt("yao_val_undef", [], VAL, true);
  return { e: "undef", ty };
}

export { seq, cIdent, VOID };
