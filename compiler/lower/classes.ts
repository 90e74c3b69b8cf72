// Class layout: fields (inherited first, so a derived struct starts like its base), method
// shells, constructors, static members, and vtable slots. A method gets a vtable slot only
// when some class in its hierarchy overrides it (or it is abstract); otherwise calls are
// direct. Called once by the Lowerer after all declarations are collected.
import ts from "typescript";
import { ClassIR, FieldIR, MethodIR, VOID, INT, Global, Ty } from "../ir/ir";
import { fail } from "../diag";
import { mapType, Subst, tyKey, TypeEnv, sameTy, refNul } from "./types";
import { cIdent } from "./names";
import { type Lowerer, lineOf } from "./lowerer";
import { FnLower } from "./fn";

export type ClassDecls = Map<ClassIR, ts.ClassDeclaration>;

const C_RESERVED = new Set(["auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
  "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
  "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "bool", "true",
  "false", "yao__h", "asm", "typeof"]);

export function layoutClasses(L: Lowerer): void {
  const done = new Set<ClassIR>();
  const visit = (c: ClassIR) => {
    if (done.has(c)) return;
    done.add(c);
    const d = L.classDecls.get(c)!;
    const base = baseClassOf(L, d);
    if (base && !base.builtin) visit(base);
    c.base = base;
    if (base?.isError) c.isError = true;
    layoutOne(L, c, d);
  };
  for (const c of L.classes.values()) visit(c);
  assignSlots(L);
}

function baseClassOf(L: Lowerer, d: ts.ClassDeclaration): ClassIR | null {
  for (const h of d.heritageClauses ?? []) {
    if (h.token !== ts.SyntaxKind.ExtendsKeyword) continue;
    const expr = h.types[0].expression;
    const sym = ts.isIdentifier(expr) ? L.symbolOf(expr) : undefined;
    const libSym = !!sym && !!(sym.valueDeclaration ?? sym.declarations?.[0])?.getSourceFile().isDeclarationFile;
    if (!sym || (!(sym.flags & ts.SymbolFlags.Class) && !libSym)) {
      fail(expr, "YAO1210", "a class may only extend another class of the program", "extend a class declared at module level");
    }
    const lib = (sym.valueDeclaration ?? sym.declarations?.[0])?.getSourceFile().isDeclarationFile;
    if (lib) {
      const err = L.errorClass(sym.getName());
      if (!err) fail(expr, "YAO1211", `extending the library class ${sym.getName()} is not supported`, "extend Error or a class of the program");
      return err;
    }
    return L.classFor(sym, expr);
  }
  return null;
}

/** An instance of a generic class for these type arguments (monomorphization), laid out once. */
export function instantiateClass(L: Lowerer, sym: ts.Symbol, d: ts.ClassDeclaration, typeArgs: Ty[], at: ts.Node): ClassIR {
  const key = `${d.name!.text}__${typeArgs.map(tyKey).join("_")}`;
  const id = `${L.prefixOf(d)}__${key}`;
  const hit = L.genericClassInstances.get(id);
  if (hit) return hit;
  if (typeArgs.length !== d.typeParameters!.length) fail(at, "YAO1219", "a generic class needs all its type arguments here", "write them out");
  if (d.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword)) {
    fail(d, "YAO1220", "generic classes cannot extend other classes yet", "use composition");
  }
  const c: ClassIR = {
    name: d.name!.text, cname: L.globalNames.fresh(cIdent(id)), base: null, fields: [], methods: new Map(), vtable: [],
    ctor: null, isAbstract: false, id: 200000 + L.genericClassInstances.size,
  };
  L.genericClassInstances.set(id, c);
  L.classDecls.set(c, d);
  const subst: Subst = new Map();
  d.typeParameters!.forEach((tp, i) => subst.set(L.checker.getTypeAtLocation(tp), typeArgs[i]));
  layoutOne(L, c, d, subst);
  void sym;
  return c;
}

function layoutOne(L: Lowerer, c: ClassIR, d: ts.ClassDeclaration, subst?: Subst): void {
  const env = L.envWith(subst);
  c.fields = c.base ? [...c.base.fields] : [];
  if (c.base) for (const [k, m] of c.base.methods) c.methods.set(k, m);
  const taken = new Set(c.fields.map((f) => f.cname));
  const addField = (name: string, at: ts.Node) => {
    const ty = mapType(env, L.checker.getTypeAtLocation(at), at);
    const inherited = c.fields.find((f) => f.name === name);
    if (inherited) { // a redeclared field is the same property: its initializer assigns the inherited slot
      const number = (t: Ty) => t.k === "int" || t.k === "f64"; // an int field is a number specialized (spec.ts)
      if ((sameTy(inherited.ty, ty) || number(inherited.ty) && number(ty)) && refNul(inherited.ty) === refNul(ty)) return;
      fail(at, "YAO1224", `field '${name}' is redeclared with a different type than in ${inherited.owner.name}`, "keep the base class's type");
    }
    let cname = cIdent(name);
    while (taken.has(cname) || C_RESERVED.has(cname)) cname += "_";
    taken.add(cname);
    const f: FieldIR = { name, cname, ty, owner: c };
    if (ty.k === "f64" && !subst) intField(L, f, L.checker.getSymbolAtLocation(at));
    c.fields.push(f);
  };
  const ctorDecl = d.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
  for (const p of ctorDecl?.parameters ?? []) {
    if (ts.isParameterPropertyDeclaration(p, ctorDecl!)) addField((p.name as ts.Identifier).text, p.name);
  }
  for (const m of d.members) layoutMember(L, c, m, addField, subst);
  if (ctorDecl) {
    c.ctor = L.declareFunction(ctorDecl, `${c.cname}__init`, c, env);
  } else {
    c.ctor = { name: `${c.name} (implicit constructor)`, cname: L.globalNames.fresh(`${c.cname}__init`), params: [], ret: VOID,
      body: [], locals: [], thisCls: c, line: lineOf(d) };
    L.allFuncs.push(c.ctor);
  }
  c.ctor.ret = VOID;
  L.later(() => new FnLower(L, c.ctor!, ctorDecl, d, subst).lowerConstructor());
}

/** A number field every store of which is an exact integer becomes an int64_t (spec.ts). */
function intField(L: Lowerer, f: FieldIR, sym: ts.Symbol | undefined): void {
  if (!sym) return;
  L.fieldSymbols.set(f, sym);
  const st = L.fieldState(sym, f.name);
  if (!st) return;
  f.ty = INT;
  f.lo = st.lo;
  f.hi = st.hi;
}

function layoutMember(L: Lowerer, c: ClassIR, m: ts.ClassElement, addField: (n: string, at: ts.Node) => void, subst?: Subst): void {
  const env = L.envWith(subst);
  const isStatic = !!ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
  if (ts.isClassStaticBlockDeclaration(m)) {
    if (subst) fail(m, "YAO1212", "static blocks in generic classes are not supported", "move the initialization to module level");
    return; // run with the static initializers (FnLower.lowerStaticInits)
  }
  if (ts.isIndexSignatureDeclaration(m)) fail(m, "YAO1213", "index signatures make objects property bags", "use a Map or an array");
  if (ts.isSemicolonClassElement(m) || ts.isConstructorDeclaration(m)) return;
  const name = memberName(m);
  if (ts.isPropertyDeclaration(m)) {
    if (isStatic) {
      if (subst) fail(m, "YAO1221", "static members of generic classes are not supported", "move them to a non-generic class or module");
      return declareStatic(L, c, m, name);
    }
    if (m.exclamationToken) {
      const ty = mapType(env, L.checker.getTypeAtLocation(m.name), m.name);
      if (!("nul" in ty)) {
        fail(m, "YAO1214", "a definite-assignment field of a primitive type starts as undefined, which yao cannot hold there",
          "give the field an initializer");
      }
    }
    return addField(name, m.name);
  }
  if (ts.isMethodDeclaration(m) || ts.isGetAccessorDeclaration(m) || ts.isSetAccessorDeclaration(m)) {
    const kind = ts.isMethodDeclaration(m) ? "method" : ts.isGetAccessorDeclaration(m) ? "get" : "set";
    const isAbstract = !m.body;
    if (m.typeParameters?.length) fail(m, "YAO1222", "generic methods are not supported yet", "make the class generic, or use a generic function");
    if (isStatic) {
      if (subst) fail(m, "YAO1221", "static members of generic classes are not supported", "move them to a non-generic class or module");
      if (kind !== "method") fail(m, "YAO1215", "static accessors are not supported", "use a static method");
      const f = L.declareFunction(m, `${c.cname}__${cIdent(name)}`);
      f.isStatic = true;
      L.later(() => new FnLower(L, f, m).lowerFunction());
      return;
    }
    const cname = kind === "method" ? `${c.cname}__${cIdent(name)}` : `${c.cname}__${kind}_${cIdent(name)}`;
    const f = L.declareFunction(m, cname, c, env);
    if (name === "toString" && kind === "method" && (f.ret.k !== "str" || f.params.length > 0)) {
      fail(m, "YAO1223", "toString must take no parameters and return a string", "JavaScript calls it to convert the object: write toString(): string");
    }
    const mi: MethodIR = { name, kind, fn: f, owner: c, slot: -1, isAbstract };
    c.methods.set(`${kind}:${name}`, mi);
    if (!isAbstract) L.later(() => new FnLower(L, f, m, undefined, subst).lowerFunction());
    return;
  }
  fail(m, "YAO1216", "this class member is not supported", "use fields, methods, accessors and a constructor");
}

export function memberName(m: ts.ClassElement | ts.TypeElement): string {
  const n = m.name;
  if (!n) fail(m, "YAO1217", "members need names", "");
  if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) return n.text;
  if (ts.isStringLiteral(n) || ts.isNumericLiteral(n)) return n.text;
  fail(n, "YAO1218", "computed member names are outside the subset", "use a plain identifier");
}

function declareStatic(L: Lowerer, c: ClassIR, m: ts.PropertyDeclaration, name: string): void {
  const sym = L.checker.getSymbolAtLocation(m.name)!;
  const ty = mapType(L, L.checker.getTypeAtLocation(m.name), m.name);
  const g: Global = { name: `${c.name}.${name}`, cname: L.globalNames.fresh(`${c.cname}__${cIdent(name)}`), ty };
  L.globals.set(sym, g);
  L.staticInits.push({ cls: c, decl: m, g });
}

/** Gives a vtable slot to every method some subclass overrides; fills each class's vtable. */
function assignSlots(L: Lowerer): void {
  const all = [...L.classes.values()];
  const overridden = new Set<string>(); // "rootClassId:kind:name"
  const rootOf = (c: ClassIR, key: string): ClassIR => {
    let r = c;
    for (let b = c.base; b; b = b.base) if (b.methods.has(key) && b.methods.get(key)!.owner === b) r = b;
    return r;
  };
  for (const c of all) {
    for (const [key, m] of c.methods) {
      if (m.owner !== c) continue;
      const root = rootOf(c, key);
      if (root !== c || m.isAbstract) overridden.add(`${root.id}:${key}`);
    }
  }
  const slotOf = new Map<string, number>();
  const ordered = [...all].sort((a, b) => depth(a) - depth(b));
  for (const c of ordered) {
    c.vtable = c.base ? [...c.base.vtable] : [];
    for (const [key, m] of c.methods) {
      if (m.owner !== c) continue;
      const root = rootOf(c, key);
      const id = `${root.id}:${key}`;
      if (!overridden.has(id)) continue;
      let slot = slotOf.get(id);
      if (slot === undefined) { slot = c.vtable.length; slotOf.set(id, slot); }
      m.slot = slot;
      c.vtable[slot] = m;
    }
  }
}

function depth(c: ClassIR): number {
  let d = 0;
  for (let b = c.base; b; b = b.base) d++;
  return d;
}
