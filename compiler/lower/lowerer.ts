// Program-wide lowering state and entry point: lowerProgram(front) → ProgramIR.
// Collects every module's declarations first (classes, functions, enums, globals), lays out
// classes, then lowers each module's top-level code and every function body reached.
// Per-function work happens in fn.ts (FnLower); this file owns what is shared between them.
import ts from "typescript";
import path from "node:path";
import {
  ProgramIR, ClassIR, FuncIR, Global, ClosureIR, ModuleIR, Ty, Sig, F64, VOID, Expr, Capture, Var, FieldIR,
} from "../ir/ir";
import { fail } from "../diag";
import { mapType, mapSignature, TypeEnv, paramTy, Subst, tyKey } from "./types";
import { modulePrefix, NameScope, cIdent } from "./names";
import { analyzeScopes, ScopeInfo, FnNode, symbolOf } from "./scopes";
import { FnLower } from "./fn";
import { layoutClasses, ClassDecls, instantiateClass } from "./classes";
import { Specialization, SpecNotes } from "./spec";
import { IntState } from "./intvars";
import { INT } from "../ir/ir";

/** An int no value has reached yet (the first round's start, as intvars.ts starts locals). */
const EMPTY_INT = { int: true, lo: Infinity, hi: -Infinity } as const;

export type Target = "host" | "x86_64";

export interface EnumInfo {
  name: string;
  cname: string;
  members: Map<string, number | string>;
  isString: boolean;
}

export interface NativeDecl {
  csym: string;
  params: string[]; // C parameter types
  ret: string;
}

export class Lowerer implements TypeEnv {
  readonly checker: ts.TypeChecker;
  readonly strings: string[] = [];
  private stringIds = new Map<string, number>();
  readonly classes = new Map<ts.Symbol, ClassIR>();
  readonly classDecls: ClassDecls = new Map();
  readonly funcs = new Map<ts.Node, FuncIR>(); // declarations → shells
  readonly globals = new Map<ts.Symbol, Global>();
  readonly enums = new Map<ts.Symbol, EnumInfo>();
  readonly closures: ClosureIR[] = [];
  readonly fnrefs = new Set<FuncIR>();
  readonly natives = new Map<string, NativeDecl>();
  readonly nativeFns = new Map<ts.Node, NativeDecl>();
  readonly globalNames = new NameScope();
  readonly scopes: ScopeInfo;
  readonly modules: ModuleIR[] = [];
  readonly allFuncs: FuncIR[] = [];
  // Selector 0 is toString (YAO_SEL_TO_STRING in yao.h): the runtime's ToString of an object calls it.
  readonly selectors = new Map<string, number>([["toString", 0]]);
  readonly staticInits: { cls: ClassIR; decl: ts.PropertyDeclaration; g: Global }[] = [];
  private closureCache = new Map<ts.Node, Map<string, { fn: FuncIR; clo: ClosureIR }>>();
  readonly genericClassDecls = new Map<ts.Symbol, ts.ClassDeclaration>();
  readonly genericClassInstances = new Map<string, ClassIR>();
  readonly genericFuncDecls = new Set<ts.Node>();
  readonly funcInstances = new Map<string, FuncIR>();
  private pending: (() => void)[] = [];
  readonly files: ts.SourceFile[];

  readonly specNotes = new SpecNotes();
  /** Int-candidate fields of declared classes, by the symbol of their declaration. */
  readonly fieldSymbols = new Map<FieldIR, ts.Symbol>();
  readonly declOf = new Map<FuncIR, ts.Node>();

  constructor(
    readonly program: ts.Program,
    readonly entry: ts.SourceFile,
    readonly target: Target,
    readonly root: string,
    readonly spec: Specialization = new Specialization(),
    readonly noSpec = false,
  ) {
    this.checker = program.getTypeChecker();
    this.makeErrorClasses();
    this.files = modulesInOrder(program, entry);
    this.scopes = analyzeScopes(this.checker, this.files);
  }

  run(): ProgramIR {
    for (const sf of this.files) this.collectTypes(sf);
    for (const sf of this.files) this.collect(sf);
    layoutClasses(this);
    for (const sf of this.files) this.modules.push(this.lowerModule(sf));
    while (this.pending.length > 0) this.pending.shift()!();
    this.noteEscapingMethods();
    return {
      strings: this.strings, classes: [...this.errorClasses.values(), ...this.classes.values(), ...this.genericClassInstances.values(), ...[...this.literalShapes.values()].flatMap((m) => [...m.values()].map((l) => l.cls))], funcs: this.allFuncs,
      globals: [...this.globals.values()], closures: this.closures, modules: this.modules,
      fnrefs: [...this.fnrefs], target: this.target,
      natives: new Map([...this.natives.values()].map((n) => [n.csym, { params: n.params, ret: n.ret }])),
      selectors: this.selectors,
    };
  }

  /** Queues work (closure and method bodies) to run after the current function. */
  later(job: () => void): void {
    this.pending.push(job);
  }

  str(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  selector(name: string): number {
    let id = this.selectors.get(name);
    if (id === undefined) this.selectors.set(name, (id = this.selectors.size));
    return id;
  }

  prefixOf(node: ts.Node): string {
    return modulePrefix(node.getSourceFile().fileName, this.root);
  }

  readonly errorClasses = new Map<string, ClassIR>();
  readonly literalShapes = new Map<ts.Node, Map<string, { cls: ClassIR; present: Set<string> }>>();

  /** Error and its builtin subclasses: defined by the runtime (rt_exc.c), extended by user classes. */
  private makeErrorClasses(): void {
    const names = ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"];
    for (const name of names) {
      const base = name === "Error" ? null : this.errorClasses.get("Error")!;
      const c: ClassIR = {
        name, cname: `yao_${name}`, base, fields: [], methods: new Map(), vtable: [], ctor: null,
        isAbstract: false, id: -1 - this.errorClasses.size, isError: true, builtin: true,
      };
      const root = base ?? c;
      c.fields = base ? base.fields : [
        { name: "message", cname: "message", ty: { k: "str", nul: 0 }, owner: root },
        { name: "name", cname: "name", ty: { k: "str", nul: 0 }, owner: root },
      ];
      this.errorClasses.set(name, c);
    }
  }

  errorClass(name: string): ClassIR | undefined {
    return this.errorClasses.get(name);
  }

  /** The type environment of code inside an instance of a generic declaration. */
  envWith(subst: Subst | undefined): TypeEnv {
    if (!subst || subst.size === 0) return this;
    return { checker: this.checker, classFor: (s, at, args) => this.classFor(s, at, args), errorClass: (n) => this.errorClass(n), subst };
  }

  classFor(sym: ts.Symbol, at: ts.Node, typeArgs: Ty[] = []): ClassIR {
    const generic = this.genericClassDecls.get(sym);
    if (generic) return instantiateClass(this, sym, generic, typeArgs, at);
    const c = this.classes.get(sym);
    if (!c) fail(at, "YAO1200", `class '${sym.getName()}' is not part of the program`, "declare classes at module level in a .ts file");
    return c;
  }

  typeOf(node: ts.Node): ts.Type {
    return this.checker.getTypeAtLocation(node);
  }

  tyOf(node: ts.Node): Ty {
    return mapType(this, this.typeOf(node), node);
  }

  // ---- declarations --------------------------------------------------------------------

  /** Classes and enums first: function signatures and globals may name any of them. */
  private collectTypes(sf: ts.SourceFile): void {
    const prefix = modulePrefix(sf.fileName, this.root);
    for (const st of sf.statements) {
      if (ts.isClassDeclaration(st)) this.declareClass(st, prefix);
      else if (ts.isEnumDeclaration(st)) this.declareEnum(st, prefix);
    }
  }

  private collect(sf: ts.SourceFile): void {
    const prefix = modulePrefix(sf.fileName, this.root);
    for (const st of sf.statements) {
      if (ts.isFunctionDeclaration(st) && st.name && st.body && st.typeParameters?.length) this.genericFuncDecls.add(st);
      else if (ts.isFunctionDeclaration(st) && st.name && st.body) this.declareFunction(st, `${prefix}__${st.name.text}`);
      else if (ts.isVariableStatement(st)) this.declareGlobals(st, prefix);
    }
  }

  declareFunction(d: ts.FunctionLikeDeclaration, cname: string, thisCls?: ClassIR, env: TypeEnv = this): FuncIR {
    const sig = this.checker.getSignatureFromDeclaration(d);
    if (!sig) fail(d, "YAO1201", "cannot resolve this function's signature", "");
    const native = this.nativeTag(d);
    const retTy = mapType(env, sig.getReturnType(), d);
    const retSt = retTy.k === "f64" && env === this ? this.retState(d) : undefined;
    const f: FuncIR = {
      name: d.name && ts.isIdentifier(d.name) ? d.name.text : "<anonymous>",
      cname: this.globalNames.fresh(cname),
      params: this.declaredParams(d, env), ret: retSt ? INT : retTy, body: [], locals: [], thisCls,
      line: lineOf(d), retLo: retSt?.lo, retHi: retSt?.hi,
      exported: ts.isFunctionDeclaration(d) && !!ts.getModifiers(d)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword),
    };
    this.funcs.set(d, f);
    this.declOf.set(f, d);
    this.allFuncs.push(f);
    if (native && this.target === "x86_64") this.declareNative(d, native, sig);
    return f;
  }

  /** Parameters as declared: callers need them before the body is lowered (or when it is abstract). */
  declaredParams(d: ts.FunctionLikeDeclaration, env: TypeEnv = this): Var[] {
    const names = new NameScope(new Set(["self", "this_"]));
    return d.parameters.map((p, i) => {
      const name = ts.isIdentifier(p.name) ? p.name.text : "arg";
      const st = env === this ? this.paramState(d, i) : undefined;
      const ty = st ? INT : this.paramType(p, env);
      return { name, cname: names.fresh(name), ty, boxed: false, lo: st?.lo, hi: st?.hi };
    });
  }

  /** The type of parameter i of a declared function, specialized to int where proven (spec.ts). */
  paramTyOf(d: ts.FunctionLikeDeclaration, i: number): Ty {
    return this.paramState(d, i) ? INT : this.paramType(d.parameters[i]);
  }

  /** Whether parameter i is a specialization candidate: a plain number parameter of a named function. */
  isSpecCandidate(d: ts.FunctionLikeDeclaration, i: number): boolean {
    if (this.noSpec || ts.isArrowFunction(d) || ts.isFunctionExpression(d)) return false;
    if (d.typeParameters?.length || (ts.isClassDeclaration(d.parent) && d.parent.typeParameters?.length)) return false;
    const p = d.parameters[i];
    if (!p || p.questionToken || p.initializer || p.dotDotDotToken || !ts.isIdentifier(p.name)) return false;
    const sym = this.checker.getSymbolAtLocation(p.name);
    if (sym && (this.scopes.reassigned.has(sym) || this.scopes.captured.has(sym))) return false;
    return mapType(this, this.checker.getTypeAtLocation(p.name), p.name).k === "f64";
  }

  /**
   * A parameter's integer state. In the first round, before any call has been seen, it is an int
   * of empty range (Specialization.initial); a call that passes anything but an exact integer
   * turns it back to double in the next round (spec.ts iterates to a consistent state).
   */
  private paramState(d: ts.FunctionLikeDeclaration, i: number): IntState | undefined {
    if (!this.isSpecCandidate(d, i) || this.spec.escaping.has(d)) return undefined;
    const known = this.spec.params.get(d);
    if (!known) return this.spec.initial ? EMPTY_INT : undefined;
    const st = known[i];
    return st && st.int && st.lo <= st.hi ? st : undefined;
  }

  /**
   * The integer state of a class field, found like parameters' (spec.ts): an int of empty range
   * in the first round, then the join of the values stored, widened; a store of anything but an
   * exact integer turns it double. Fields of generic classes, and members written through
   * interfaces, stay doubles.
   */
  fieldState(sym: ts.Symbol | undefined, name: string): IntState | undefined {
    if (!sym || this.noSpec || this.spec.structWrites.has(name)) return undefined;
    if (!this.spec.fields.has(sym)) return this.spec.initial ? EMPTY_INT : undefined;
    const st = this.spec.fields.get(sym)!;
    return st.int && st.lo <= st.hi ? st : undefined;
  }

  /** Records a value stored into an int-candidate field, for the next round's state. */
  noteFieldStore(f: FieldIR, v: Expr): void {
    const sym = this.fieldSymbols.get(f);
    if (!sym || this.noSpec) return;
    const int = v.ty.k === "int";
    this.specNotes.field(sym, { int, lo: int ? v.lo ?? -Infinity : 0, hi: int ? v.hi ?? Infinity : 0 });
  }

  /** A member written through an interface or object type: fields of that name cannot be ints. */
  noteStructWrite(name: string): void {
    this.specNotes.structWrites.add(name);
  }

  /** The return state of a declared function, when specialized to int. */
  retState(d: ts.Node): IntState | undefined {
    if (this.noSpec || this.spec.escaping.has(d)) return undefined;
    const st = this.spec.rets.get(d);
    return st && st.int && st.lo <= st.hi ? st : undefined;
  }

  /** Records a call's arguments for the callee's next-round signature. */
  noteCall(d: ts.Node | undefined, args: Expr[]): void {
    if (!d || this.noSpec || !isFunctionLikeDecl(d)) return;
    args.forEach((a, i) => {
      if (!this.isSpecCandidate(d, i)) return;
      const int = a.ty.k === "int";
      this.specNotes.param(d, i, { int, lo: int ? a.lo ?? -Infinity : 0, hi: int ? a.hi ?? Infinity : 0 });
    });
  }

  noteReturn(d: ts.Node | undefined, e: Expr): void {
    if (!d || this.noSpec || !isFunctionLikeDecl(d) || ts.isArrowFunction(d) || ts.isFunctionExpression(d)) return;
    const int = e.ty.k === "int";
    this.specNotes.ret(d, { int, lo: int ? e.lo ?? -Infinity : 0, hi: int ? e.hi ?? Infinity : 0 });
  }

  noteEscaping(d: ts.Node | undefined): void {
    if (d) this.specNotes.escaping.add(d);
  }

  /** Virtual methods and methods reachable through interfaces keep the canonical signature. */
  private noteEscapingMethods(): void {
    for (const c of this.classes.values()) {
      for (const m of c.methods.values()) {
        if (m.owner !== c) continue;
        if (m.slot >= 0 || this.selectors.has(m.name)) this.noteEscaping(this.declOf.get(m.fn));
      }
    }
  }

  private nativeTag(d: ts.Node): string | undefined {
    for (const tag of ts.getJSDocTags(d)) {
      if (tag.tagName.text === "native") {
        const text = typeof tag.comment === "string" ? tag.comment.trim() : "";
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) fail(tag, "YAO1202", "@native needs a C symbol name", "write `@native yao_outb`");
        return text;
      }
    }
    return undefined;
  }

  private declareNative(d: ts.FunctionLikeDeclaration, csym: string, sig: ts.Signature): void {
    const params = d.parameters.map((p) => nativeCType(p.type, p));
    const ret = nativeCType(d.type, d);
    void sig;
    const decl = { csym, params, ret };
    this.natives.set(csym, decl);
    this.nativeFns.set(d, decl);
  }

  private declareClass(d: ts.ClassDeclaration, prefix: string): void {
    if (!d.name) fail(d, "YAO1203", "anonymous classes are not supported", "name the class");
    const sym = this.checker.getSymbolAtLocation(d.name)!;
    if (d.typeParameters?.length) { this.genericClassDecls.set(sym, d); return; }
    const c: ClassIR = {
      name: d.name.text, cname: this.globalNames.fresh(`${prefix}__${d.name.text}`), base: null,
      fields: [], methods: new Map(), vtable: [], ctor: null,
      isAbstract: !!ts.getModifiers(d)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword),
      id: this.classes.size,
    };
    this.classes.set(sym, c);
    this.classDecls.set(c, d);
  }

  private declareEnum(d: ts.EnumDeclaration, prefix: string): void {
    const sym = this.checker.getSymbolAtLocation(d.name)!;
    const members = new Map<string, number | string>();
    let isString = false;
    for (const m of d.members) {
      const v = this.checker.getConstantValue(m);
      if (v === undefined) fail(m, "YAO1204", "enum members must have constant values", "use a literal or a constant expression");
      if (typeof v === "string") isString = true;
      members.set(m.name.getText(), v);
    }
    this.enums.set(sym, { name: d.name.text, cname: `${prefix}__${d.name.text}`, members, isString });
  }

  private declareGlobals(st: ts.VariableStatement, prefix: string): void {
    const isConst = !!(st.declarationList.flags & ts.NodeFlags.Const);
    for (const d of st.declarationList.declarations) {
      for (const id of bindingNames(d.name)) {
        const sym = this.checker.getSymbolAtLocation(id)!;
        const ty = mapType(this, this.checker.getTypeAtLocation(id), id);
        const cname = this.globalNames.fresh(`${prefix}__${id.text}`);
        this.globals.set(sym, { name: id.text, cname, ty, isConst: isConst && ts.isIdentifier(d.name) });
      }
    }
  }

  // ---- bodies ------------------------------------------------------------------------

  private lowerModule(sf: ts.SourceFile): ModuleIR {
    const prefix = modulePrefix(sf.fileName, this.root);
    const init: FuncIR = {
      name: `<module ${path.basename(sf.fileName)}>`, cname: this.globalNames.fresh(`${prefix}__init`),
      params: [], ret: VOID, body: [], locals: [], line: lineOf(sf),
    };
    this.allFuncs.push(init);
    new FnLower(this, init, undefined).lowerModuleBody(sf);
    for (const st of sf.statements) {
      if (ts.isFunctionDeclaration(st) && st.body && !this.genericFuncDecls.has(st)) {
        const f = this.funcs.get(st)!;
        if (!this.nativeFns.has(st)) new FnLower(this, f, st).lowerFunction();
      }
    }
    return { name: sf.fileName, cprefix: prefix, init };
  }

  /** The instance of a generic function for these type arguments (monomorphization), made once. */
  funcInstance(d: ts.FunctionDeclaration, typeArgs: Ty[], at: ts.Node): FuncIR {
    const key = typeArgs.map(tyKey).join("_");
    const id = `${this.prefixOf(d)}__${d.name!.text}__${key}`;
    const hit = this.funcInstances.get(id);
    if (hit) return hit;
    const subst: Subst = new Map();
    d.typeParameters!.forEach((tp, i) => subst.set(this.checker.getTypeAtLocation(tp), typeArgs[i]));
    const env = this.envWith(subst);
    const sig = this.checker.getSignatureFromDeclaration(d)!;
    const f: FuncIR = {
      name: `${d.name!.text}<${typeArgs.map(tyKey).join(", ")}>`, cname: this.globalNames.fresh(cIdent(id)),
      params: this.declaredParams(d, env), ret: mapType(env, sig.getReturnType(), at), body: [], locals: [], line: lineOf(d),
    };
    this.funcInstances.set(id, f);
    this.allFuncs.push(f);
    this.later(() => new FnLower(this, f, d, undefined, subst).lowerFunction());
    return f;
  }

  /** The FuncIR of a top-level function declaration referenced by a symbol. */
  funcOfSymbol(sym: ts.Symbol): FuncIR | undefined {
    const d = sym.valueDeclaration;
    return d ? this.funcs.get(d) : undefined;
  }

  globalOf(sym: ts.Symbol): Global | undefined {
    return this.globals.get(sym);
  }

  mapSig(s: ts.Signature, at: ts.Node): Sig {
    return mapSignature(this, s, at);
  }

  paramType(p: ts.ParameterDeclaration, env: TypeEnv = this): Ty {
    const sym = ts.isIdentifier(p.name) ? this.checker.getSymbolAtLocation(p.name) : undefined;
    const t = sym ? this.checker.getTypeOfSymbolAtLocation(sym, p) : this.checker.getTypeAtLocation(p);
    return paramTy(env, t, p, p);
  }

  symbolOf(id: ts.Identifier): ts.Symbol | undefined {
    return symbolOf(this.checker, id);
  }

  /** The closure body and environment layout for a function node, made once. */
  closureOf(node: FnNode, sig: Sig, parent: string, captures: (syms: ts.Symbol[], usesThis: boolean) => Capture[], subst?: Subst): { fn: FuncIR; clo: ClosureIR } {
    const key = `${parent}`;
    const perNode = this.closureCache.get(node) ?? new Map<string, { fn: FuncIR; clo: ClosureIR }>();
    this.closureCache.set(node, perNode);
    const hit = perNode.get(key);
    if (hit) return hit;
    const free = [...(this.scopes.freeVars.get(node) ?? [])];
    const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "lambda";
    const cname = this.globalNames.fresh(`${parent}__${name}`);
    const clo: ClosureIR = { cname: `${cname}_env`, captures: captures(free, this.scopes.usesOuterThis.has(node)), sig };
    const fn: FuncIR = { name, cname, params: [], ret: sig.ret, body: [], locals: [], closure: clo, line: lineOf(node) };
    const made = { fn, clo };
    perNode.set(key, made);
    this.closures.push(clo);
    this.allFuncs.push(fn);
    this.later(() => new FnLower(this, fn, node, undefined, subst).lowerFunction());
    return made;
  }

  isNumberTy(t: Ty): boolean {
    return t.k === "f64" || t.k === "int";
  }
}

/** The identifiers a declaration binds (one, or all of a destructuring pattern's). */
export function bindingNames(n: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(n)) return [n];
  const out: ts.Identifier[] = [];
  for (const el of n.elements) if (!ts.isOmittedExpression(el)) out.push(...bindingNames(el.name));
  return out;
}

function isFunctionLikeDecl(d: ts.Node): d is ts.FunctionLikeDeclaration {
  return ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d) || ts.isConstructorDeclaration(d) ||
    ts.isFunctionExpression(d) || ts.isArrowFunction(d) || ts.isGetAccessor(d) || ts.isSetAccessor(d);
}

function nativeCType(t: ts.TypeNode | undefined, at: ts.Node): string {
  if (t && ts.isFunctionTypeNode(t)) return "yao_fn *";
  const name = t ? t.getText() : "void";
  const map: Record<string, string> = {
    u8: "uint8_t", u16: "uint16_t", u32: "uint32_t", u64: "uint64_t", i8: "int8_t", i16: "int16_t",
    i32: "int32_t", i64: "int64_t", number: "double", f64: "double", boolean: "bool", void: "void",
    Uint8Array: "yao_typed *",
  };
  const c = map[name];
  if (!c) fail(at, "YAO1206", `@native functions cannot take or return '${name}'`, "use an integer alias (u8, u16, u32, u64, i32), number, boolean, Uint8Array or a function type");
  return c;
}

export function lineOf(n: ts.Node): string {
  const sf = n.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
  return `${path.basename(sf.fileName)}:${line + 1}`;
}

/** Source files in ES module evaluation order: dependencies before dependents. */
export function modulesInOrder(program: ts.Program, entry: ts.SourceFile): ts.SourceFile[] {
  const out: ts.SourceFile[] = [];
  const seen = new Set<ts.SourceFile>();
  const visit = (sf: ts.SourceFile) => {
    if (seen.has(sf)) return;
    seen.add(sf);
    for (const st of sf.statements) {
      const spec = (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) ? st.moduleSpecifier : undefined;
      if (!spec || !ts.isStringLiteral(spec)) continue;
      if (ts.isImportDeclaration(st) && st.importClause?.isTypeOnly) continue;
      const target = resolveImport(program, sf, spec.text);
      if (!target) fail(spec, "YAO1207", `cannot resolve module '${spec.text}'`, "import a relative .ts file of the program");
      if (!target.isDeclarationFile) visit(target);
    }
    out.push(sf);
  };
  visit(entry);
  return out;
}

function resolveImport(program: ts.Program, from: ts.SourceFile, spec: string): ts.SourceFile | undefined {
  const r = ts.resolveModuleName(spec, from.fileName, program.getCompilerOptions(), ts.sys);
  const file = r.resolvedModule?.resolvedFileName;
  return file ? program.getSourceFile(file) : undefined;
}

export { F64, cIdent };
export type { Expr };
