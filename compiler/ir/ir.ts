// The typed IR: the only contract between lowering (lower/) and the C emitter (emit/).
// Every expression carries its representation type; JavaScript semantics are already
// decided here (conversions are explicit nodes, evaluation order is explicit through
// `let` nodes), so the emitter only prints.
//
// Number representations: "f64" is a C double with every JavaScript rule; "int" is an
// int64_t that lowering has proved to hold an exact integer within +-2^53 that is never -0,
// so it equals the double JavaScript would compute. Integer expressions carry their range.

export type Nul = 0 | 1 | 2 | 3; // bit 1: may be null, bit 2: may be undefined

export type TAKind = "i8" | "u8" | "u8c" | "i16" | "u16" | "i32" | "u32" | "f32" | "f64";

export type Ty =
  | { k: "f64" }
  | { k: "int" }
  | { k: "bool" }
  | { k: "void" }
  | { k: "raw"; c: string } // a C type for compiler-made helper locals (e.g. a typed array's cached data pointer)
  | { k: "val" } // tagged value: any mix of undefined/null/bool/number/references
  | RefTy;

export type RefTy =
  | { k: "str"; nul: Nul }
  | { k: "cls"; cls: ClassIR; nul: Nul }
  | { k: "arr"; elem: Ty; nul: Nul }
  | { k: "typed"; ta: TAKind; nul: Nul }
  | { k: "abuf"; nul: Nul }
  | { k: "dview"; nul: Nul }
  | { k: "fn"; sig: Sig; nul: Nul }
  | { k: "obj"; nul: Nul } // structural (interface, object type): members found by selector
  | { k: "map"; key: Ty; val: Ty; nul: Nul } // Map<K, V> (runtime: yao_map, keys and values as tagged values)
  | { k: "set"; elem: Ty; nul: Nul } // Set<T>
  | { k: "box"; inner: Ty; nul: Nul }; // a heap cell holding a captured, mutable variable

export interface Sig {
  params: Ty[];
  ret: Ty;
  rest?: boolean; // the last parameter is a rest parameter (...xs: T[]): callers pack the trailing arguments
}

export interface Var {
  name: string; // TypeScript name
  cname: string; // C name, unique within its function
  ty: Ty; // storage type (for boxed variables, the box's inner type)
  boxed: boolean; // lives in a heap cell because a closure captures it and it is reassigned
  lo?: number; // for int variables: proven range
  hi?: number;
  checked?: boolean; // int counter whose updates are checked against +-2^53 at run time
  volatile?: boolean; // assigned inside a try block and read after a throw lands in its handler
}

export interface Global {
  name: string;
  cname: string;
  ty: Ty;
  init?: Expr; // constant initializer (emitted statically), else set by module init code
  isConst?: boolean;
}

export interface FieldIR {
  name: string;
  cname: string;
  ty: Ty;
  owner: ClassIR;
  optional?: boolean; // an object literal's absent optional property: not shown while undefined
  lo?: number; // an int field: the proven range of every value stored in it (spec.ts)
  hi?: number;
}

export interface MethodIR {
  name: string;
  kind: "method" | "get" | "set";
  fn: FuncIR;
  owner: ClassIR;
  slot: number; // vtable slot, -1 when never overridden (called directly)
  isAbstract: boolean;
}

export interface ClassIR {
  name: string;
  cname: string;
  base: ClassIR | null;
  fields: FieldIR[]; // all fields including inherited ones, base fields first
  methods: Map<string, MethodIR>; // own and inherited, keyed by kind:name
  vtable: MethodIR[]; // resolved implementations per slot
  ctor: FuncIR | null;
  isAbstract: boolean;
  id: number;
  isError?: boolean; // Error or a subclass of it
  builtin?: boolean; // defined by the runtime (the Error classes): no struct or shape is emitted for it
  literal?: boolean; // the layout of an object literal (printed without a class name)
}

export interface FuncIR {
  name: string; // TypeScript name for messages
  cname: string;
  params: Var[];
  ret: Ty;
  body: Stmt[];
  locals: Var[];
  thisCls?: ClassIR; // methods and constructors: the type of `this`
  closure?: ClosureIR; // set when this function is a closure body: first C parameter is `self`
  isStatic?: boolean;
  line?: string; // "file.ts:12" for comments
  recursive?: boolean; // needs a stack-depth check at entry
  exported?: boolean; // declared with `export`: visible to C code linked with the program (bench/alloc's driver)
  retLo?: number; // int returns: the proven range
  retHi?: number;
}

export interface ClosureIR {
  cname: string; // C struct name of the environment
  captures: Capture[];
  sig: Sig;
}

export interface Capture {
  name: string;
  cname: string; // field name in the closure struct
  ty: Ty; // value type, or box type for boxed variables
}

export type Lit =
  | { e: "num"; v: number }
  | { e: "int"; v: number }
  | { e: "bool"; v: boolean }
  | { e: "str"; id: number } // index into the program's string table
  | { e: "null" }
  | { e: "undef" };

export type LValue =
  | { e: "local"; v: Var }
  | { e: "global"; g: Global }
  | { e: "cap"; c: Capture } // self->c (an immutable capture is never assigned; boxes are)
  | { e: "boxval"; box: Expr; inner: Ty } // box->v
  | { e: "field"; obj: Expr; cls: ClassIR; f: FieldIR }
  | { e: "elem"; arr: Expr; idx: Expr; elem: Ty } // checked array element
  | { e: "raw"; c: string }; // C lvalue text (temporaries made by the emitter itself)

export type ExprNode =
  | Lit
  | LValue
  | { e: "this" }
  | { e: "self" } // the running closure object
  | { e: "un"; op: string; a: Expr } // C unary operator on already-converted operands
  | { e: "bin"; op: string; a: Expr; b: Expr } // C binary operator, same-repr operands
  | { e: "cast"; a: Expr } // C cast to this node's type (representation-preserving or numeric)
  | { e: "rt"; fn: string; args: Expr[]; pure?: boolean } // runtime function or macro
  | { e: "call"; f: FuncIR; args: Expr[]; recv?: Expr } // direct call (recv: `this` argument)
  | { e: "vcall"; m: MethodIR; recv: Expr; args: Expr[] } // virtual call through the vtable
  | { e: "ccall"; clo: Expr; sig: Sig; args: Expr[] } // call through a closure value
  | { e: "assign"; target: LValue; v: Expr }
  | { e: "cond"; c: Expr; a: Expr; b: Expr }
  | { e: "let"; v: Var; init: Expr; body: Expr } // ({ T v = init; body; })
  | { e: "seq"; first: Expr[]; last: Expr } // ({ first...; last; })
  | { e: "new"; cls: ClassIR; args: Expr[] }
  | { e: "closure"; fn: FuncIR; clo: ClosureIR; caps: Expr[] }
  | { e: "fnref"; fn: FuncIR } // a top-level function used as a value (static closure)
  | { e: "shape"; cls: ClassIR } // the address of a class's shape descriptor
  | { e: "icache" } // the address of a fresh inline cache for a member lookup
  | { e: "adapt"; a: Expr; from: Sig; to: Sig } // a function value wrapped to be called with another signature
  | { e: "sortcmp"; elem: Ty; sig: Sig } // a C comparator calling a comparator closure on two array elements
  | { e: "replacefn"; sig: Sig } // a C replacer calling a replace() callback closure (match, offset, whole)
  | { e: "tdesc"; desc: TDesc } // the address of a static type descriptor (JSON.parse(text) as T)
  | { e: "mget"; obj: Expr; name: string; sel: number } // structural member read
  | { e: "mset"; obj: Expr; name: string; sel: number; v: Expr } // structural member write
  | { e: "mcall"; obj: Expr; name: string; sel: number; sig: Sig; args: Expr[] } // structural method call
  | { e: "stmts"; body: Stmt[]; last: Expr }; // statements then a value (GNU statement expr)

export type Expr = ExprNode & { ty: Ty; lo?: number; hi?: number };

export type Stmt =
  | { s: "expr"; e: Expr }
  | { s: "decl"; v: Var; init?: Expr }
  | { s: "if"; c: Expr; then: Stmt[]; else: Stmt[] }
  | { s: "loop"; label: string; cond: Expr | null; body: Stmt[]; update: Stmt[]; post: boolean }
  | { s: "break"; label: string }
  | { s: "continue"; label: string }
  | { s: "return"; e?: Expr }
  | { s: "block"; body: Stmt[] }
  | { s: "switch"; label: string; on: Expr; cases: { v: number | null; body: Stmt[] }[] }
  | { s: "labeled"; label: string; body: Stmt[] } // a labeled non-loop statement (break target)
  | { s: "try"; h: Var; body: Stmt[]; onThrow: Stmt[] } // body runs under handler h; onThrow after a throw reached it
  | { s: "label"; label: string } // a goto target (break/continue statements jump to labels)
  | { s: "comment"; text: string };

/** A type described for the runtime, to check and convert parsed JSON into it. */
export interface TDesc {
  kind: "any" | "num" | "bool" | "str" | "arr" | "obj";
  repr: "f64" | "bool" | "val" | "str" | "ref";
  nullable: number; // bit 1: null allowed, bit 2: undefined allowed
  elem?: TDesc;
  fields?: { name: string; sel: number; type: TDesc; optional: boolean }[];
}

export interface ModuleIR {
  name: string;
  cprefix: string;
  init: FuncIR; // module-level statements in source order
}

export interface ProgramIR {
  strings: string[];
  classes: ClassIR[];
  funcs: FuncIR[];
  globals: Global[];
  closures: ClosureIR[];
  modules: ModuleIR[]; // in evaluation order
  fnrefs: FuncIR[]; // top-level functions used as values
  target: "host" | "x86_64";
  natives: Map<string, { params: string[]; ret: string }>; // @native C functions called
  selectors: Map<string, number>; // member names used through structural types → selector ids
}

export const F64: Ty = { k: "f64" };
export const INT: Ty = { k: "int" };
export const BOOL: Ty = { k: "bool" };
export const VOID: Ty = { k: "void" };
export const VAL: Ty = { k: "val" };
export const STR: Ty = { k: "str", nul: 0 };

export function isRef(t: Ty): t is RefTy {
  return "nul" in t;
}

export function isNum(t: Ty): boolean {
  return t.k === "f64" || t.k === "int";
}
