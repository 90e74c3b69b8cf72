// Prints IR expressions as C. Every decision about meaning was made by lowering; this file
// only spells it, using GNU statement expressions for let/stmts and the runtime's macros.
import { Expr, Ty, Stmt, isRef, LValue, Sig, TDesc } from "../ir/ir";
import { ctype, boxField, cDouble, cInt, elemCType, elemKind, fnPtrType, closureStruct, classStruct, cString } from "./ctypes";

export interface EmitCtx {
  icache: number; // next inline-cache index
  tdescs?: Map<TDesc, { name: string; text: string[] }>; // JSON type descriptors (cyclic for recursive types)
  stmt(s: Stmt, indent: string): string;
  adapters: Map<string, { name: string; from: Sig; to: Sig; sortElem?: Ty; replacer?: boolean }>; // signature adapters, sort comparators, replacers
}

export function emitExpr(x: EmitCtx, e: Expr): string {
  switch (e.e) {
    case "num": return cDouble(e.v);
    case "int": return cInt(e.v);
    case "bool": return e.v ? "true" : "false";
    case "str": return `(&yao_s${e.id})`;
    case "null": return e.ty.k === "val" ? "yao_val_null()" : `((${ctype(e.ty)})YAO_NULL)`;
    case "undef": return e.ty.k === "val" ? "yao_val_undef()" : e.ty.k === "void" ? "((void)0)" : `((${ctype(e.ty)})YAO_UNDEF)`;
    case "local": return e.v.cname;
    case "global": return e.g.cname;
    case "cap": return `self->${e.c.cname}`;
    case "this": return "this_";
    case "self": return "((yao_fn *)self)";
    case "boxval": { // a pointer cell is void *: reads get the value's own C type
      const cell = `${emitExpr(x, e.box)}->u.${boxField(e.inner)}`;
      return boxField(e.inner) === "p" ? `((${ctype(e.inner)})${cell})` : cell;
    }
    case "field": return `${deref(x, e.obj, e.f.name)}->${e.f.cname}`;
    case "elem": return "/*elem*/0";
    case "raw": return e.c;
    case "un": return e.ty.k === "int" && e.op === "~" ? `((int64_t)~${emitExpr(x, e.a)})` : `(${e.op}${emitExpr(x, e.a)})`;
    case "bin": {
      const text = `(${emitExpr(x, e.a)} ${e.op} ${emitExpr(x, e.b)})`;
      // bitwise operators work on int32_t/uint32_t operands; their results join int64_t arithmetic
      return e.ty.k === "int" && BITWISE.has(e.op) ? `((int64_t)${text})` : text;
    }
    case "cast": return `((${ctype(e.ty)})${emitExpr(x, e.a)})`;
    case "rt": return emitRt(x, e);
    case "call": {
      const args = e.recv ? [e.recv, ...e.args] : e.args;
      return `${e.f.cname}(${args.map((a) => emitExpr(x, a)).join(", ")})`;
    }
    case "vcall": {
      const self = `struct ${e.m.owner.cname} *`;
      const sig = { params: e.m.fn.params.map((p) => p.ty), ret: e.m.fn.ret };
      const args = ["r_", ...e.args.map((a) => emitExpr(x, a))].join(", ");
      return `({ ${self}r_ = (${self})${deref(x, e.recv, e.m.name)}; ((${fnPtrType(sig, self)})((yao_obj *)r_)->shape->vtable[${e.m.slot}])(${args}); })`;
    }
    case "ccall": {
      const args = ["c_", ...e.args.map((a) => emitExpr(x, a))].join(", ");
      return `({ yao_fn *c_ = YAO_FN_CHK(${emitExpr(x, e.clo)}); ((${fnPtrType(e.sig, "yao_fn *")})c_->fn)(${args}); })`;
    }
    case "assign": return `(${emitLValue(x, e.target)} = ${emitExpr(x, e.v)})`;
    case "cond": return `(${emitExpr(x, e.c)} ? ${emitExpr(x, e.a)} : ${emitExpr(x, e.b)})`;
    case "let": return `({ ${decl(e.v.ty, e.v.cname)} = ${emitExpr(x, e.init)}; ${emitExpr(x, e.body)}; })`;
    case "seq": return `(${[...e.first.map((f) => `(void)${emitExpr(x, f)}`), emitExpr(x, e.last)].join(", ")})`;
    case "new": {
      const s = classStruct(e.cls);
      const args = ["o_", ...e.args.map((a) => emitExpr(x, a))].join(", ");
      return `({ ${s} *o_ = (${s} *)yao_alloc_obj(&${e.cls.cname}__shape); ${e.cls.ctor!.cname}(${args}); o_; })`;
    }
    case "closure": {
      const s = closureStruct(e.clo);
      const sets = e.clo.captures.map((c, i) => `c_->${c.cname} = ${emitExpr(x, e.caps[i])}; `).join("");
      return `({ ${s} *c_ = (${s} *)yao_alloc_obj(&${e.clo.cname}__shape); c_->base.fn = (void *)${e.fn.cname}; ${sets}(yao_fn *)c_; })`;
    }
    case "fnref": return `((yao_fn *)&${e.fn.cname}__ref)`;
    case "sortcmp": {
      const key = `sort:${elemKind(e.elem)}:${sigKey(e.sig)}`;
      let a = x.adapters.get(key);
      if (!a) x.adapters.set(key, (a = { name: `yao_sortcmp_${x.adapters.size}`, from: e.sig, to: e.sig, sortElem: e.elem }));
      return `(void *)${a.name}`;
    }
    case "tdesc": return `(&${tdescName(x, e.desc)})`;
    case "replacefn": {
      const key = `replace:${sigKey(e.sig)}`;
      let a = x.adapters.get(key);
      if (!a) x.adapters.set(key, (a = { name: `yao_replacer_${x.adapters.size}`, from: e.sig, to: e.sig, replacer: true }));
      return `(void *)${a.name}`;
    }
    case "adapt": {
      const key = `${sigKey(e.from)}=>${sigKey(e.to)}`;
      let a = x.adapters.get(key);
      if (!a) x.adapters.set(key, (a = { name: `yao_adapter_${x.adapters.size}`, from: e.from, to: e.to }));
      return `yao_adapt(&${a.name}__shape, (void *)${a.name}, ${emitExpr(x, e.a)})`;
    }
    case "stmts": return `({ ${e.body.map((s) => x.stmt(s, "")).join(" ")} ${emitExpr(x, e.last)}; })`;
    case "shape": return `(&${e.cls.cname}__shape)`;
    case "icache": return `(&yao_ic[${x.icache++}])`;
    case "mget": return `YAO_MGET(${memberKind(e.ty)}, ${ctype(e.ty)}, ${emitExpr(x, e.obj)}, ${e.sel}, ${cString(e.name)}, &yao_ic[${x.icache++}])`;
    case "mset": return `YAO_MSET(${memberKind(e.ty)}, ${ctype(e.ty)}, ${emitExpr(x, e.obj)}, ${e.sel}, ${cString(e.name)}, &yao_ic[${x.icache++}], ${emitExpr(x, e.v)})`;
    case "mcall": {
      const ft = fnPtrType(e.sig, "yao_obj *");
      const fnt = fnPtrType(e.sig, "yao_fn *");
      const argv = e.args.map((a) => emitExpr(x, a)).join(", ");
      const rest = argv ? `, ${argv}` : "";
      return `({ yao_obj *o_ = ${emitExpr(x, e.obj)}; const yao_member *m_ = yao_member_for_call(o_, ${e.sel}, ${cString(e.name)}, &yao_ic[${x.icache++}]); ` +
        `m_->kind == YAO_MEMBER_METHOD ? ((${ft})m_->fn)(o_${rest}) : ({ yao_fn *c_ = YAO_FN_CHK(*(yao_fn **)((char *)o_ + m_->offset)); ((${fnt})c_->fn)(c_${rest}); }); })`;
    }
  }
}

function sigKey(s: Sig): string {
  return `(${s.params.map(ctype).join(",")})${ctype(s.ret)}`;
}

/** C text converting `v` of type a to type b (the cases `convertible` allows). */
export function convC(v: string, a: Ty, b: Ty): string {
  if (b.k === "void") return v;
  if (a.k === b.k && !isRef(a)) return v;
  if (b.k === "val") {
    if (a.k === "f64" || a.k === "int") return `yao_val_num(${v})`;
    if (a.k === "bool") return `yao_val_bool(${v})`;
    if (a.k === "val") return v;
    return `yao_val_ref_nul((void *)${v})`;
  }
  if (a.k === "val") {
    if (b.k === "f64") return `yao_val_to_f64(${v})`;
    if (b.k === "bool") return `yao_val_to_bool(${v})`;
    return `((${ctype(b)})yao_val_to_ref_nul(${v}))`;
  }
  return `((${ctype(b)})${v})`;
}

/** The C definitions of the adapters a program used. */
export function emitAdapters(x: EmitCtx): string[] {
  const out: string[] = [];
  for (const a of x.adapters.values()) {
    if (a.sortElem) { out.push(sortComparator(a.name, a.sortElem, a.from)); continue; }
    if (a.replacer) { out.push(replacer(a.name, a.from)); continue; }
    const params = a.to.params.map((p, i) => `${decl(p, `p${i}`)}`);
    const args = a.from.params.map((p, i) => (i < a.to.params.length ? convC(`p${i}`, a.to.params[i], p) : (p.k === "val" ? "yao_val_undef()" : `(${ctype(p)})YAO_UNDEF`)));
    const call = `((${fnPtrType(a.from, "yao_fn *")})self->inner->fn)(${["self->inner", ...args].join(", ")})`;
    const undef = a.to.ret.k === "val" ? "yao_val_undef()" : `(${ctype(a.to.ret)})YAO_UNDEF`;
    const body = a.to.ret.k === "void" ? `${call};` : a.from.ret.k === "void" ? `${call}; return ${undef};` : `return ${convC(call, a.from.ret, a.to.ret)};`;
    out.push(`static ${ctype(a.to.ret)} ${a.name}(${["yao_adapter *self", ...params].join(", ")}) { ${body} }`);
    out.push(`static const yao_shape ${a.name}__shape = {.kind = YAO_K_FUNCTION, .name = "function", .size = sizeof(yao_adapter)};`);
  }
  return out;
}

/** Emits (once per distinct descriptor) the static yao_tdesc for a type, returning its name. */
function tdescName(x: EmitCtx, d: TDesc): string {
  const tds = (x.tdescs ??= new Map());
  const hit = tds.get(d);
  if (hit) return hit.name;
  const name = `yao_tdesc_${tds.size}`;
  const entry = { name, text: [] as string[] };
  tds.set(d, entry);
  const kind = { any: "YAO_TD_ANY", num: "YAO_TD_NUM", bool: "YAO_TD_BOOL", str: "YAO_TD_STR", arr: "YAO_TD_ARR", obj: "YAO_TD_OBJ" }[d.kind];
  const repr = { f64: "YAO_R_F64", bool: "YAO_R_BOOL", val: "YAO_R_VAL", str: "YAO_R_STR", ref: "YAO_R_REF" }[d.repr];
  const elem = d.elem ? `&${tdescName(x, d.elem)}` : "NULL";
  const fields = (d.fields ?? []).map((f) => `{${cString(f.name)}, ${f.sel}, &${tdescName(x, f.type)}, ${f.optional ? 1 : 0}}`);
  if (fields.length) entry.text.push(`static const yao_tdesc_field ${name}_fields[] = {${fields.join(", ")}};`);
  entry.text.push(`static void *${name}_cache;`);
  entry.text.push(`static const yao_tdesc ${name} = {${kind}, ${repr}, ${d.nullable}, ${elem}, ${fields.length}, ${fields.length ? `${name}_fields` : "NULL"}, &${name}_cache};`);
  return name;
}

/** The descriptors' definitions, dependencies first. */
export function emitTdescs(x: EmitCtx): string[] {
  const out: string[] = [];
  const all = [...(x.tdescs?.values() ?? [])];
  for (const d of all) out.push(`static const yao_tdesc ${d.name};`);
  for (const d of all.reverse()) out.push(...d.text);
  return out;
}

/** The C comparator for sort: reads two elements, calls the closure, returns its result as a double. */
function sortComparator(name: string, elem: Ty, sig: Sig): string {
  const ect = elemCType(elem);
  const storage: Ty = elem.k === "int" ? { k: "f64" } : elem;
  const args = [0, 1].map((k) => (k < sig.params.length ? convC(`*(const ${ect} *)${k === 0 ? "x" : "y"}`, storage, sig.params[k]) : ""))
    .filter((s) => s !== "");
  const call = `((${fnPtrType(sig, "yao_fn *")})c->fn)(${["c", ...args].join(", ")})`;
  const ret = sig.ret.k === "val" ? `yao_val_tonumber(${call})` : sig.ret.k === "bool" ? `(double)${call}` : `(double)${call}`;
  return `static double ${name}(void *ctx, const void *x, const void *y) { yao_fn *c = (yao_fn *)ctx; return ${ret}; }`;
}

/** The C replacer for replace()/replaceAll() with a callback: (match, offset, whole) → string. */
function replacer(name: string, sig: Sig): string {
  const given: [string, Ty][] = [["match", { k: "str", nul: 0 }], ["offset", { k: "f64" }], ["whole", { k: "str", nul: 0 }]];
  const args = sig.params.map((p, i) => (i < 3 ? convC(given[i][0], given[i][1], p) : p.k === "val" ? "yao_val_undef()" : `(${ctype(p)})YAO_UNDEF`));
  const call = `((${fnPtrType(sig, "yao_fn *")})c->fn)(${["c", ...args].join(", ")})`;
  const ret = sig.ret.k === "str" ? call : sig.ret.k === "val" ? `yao_str_of_val(${call})` : `yao_str_of_val(${convC(call, sig.ret, { k: "val" })})`;
  return `static yao_str *${name}(void *ctx, yao_str *match, double offset, yao_str *whole) { yao_fn *c = (yao_fn *)ctx; (void)match; (void)offset; (void)whole; return ${ret}; }`;
}

const BITWISE = new Set(["&", "|", "^", ">>", "<<"]);

function memberKind(t: Ty): string {
  switch (t.k) {
    case "f64": case "int": return "YAO_R_F64";
    case "bool": return "YAO_R_BOOL";
    case "val": return "YAO_R_VAL";
    default: return "YAO_R_REF";
  }
}

/** A receiver checked for null/undefined before a member is read, as JavaScript throws a TypeError. */
function deref(x: EmitCtx, obj: Expr, name: string): string {
  if (obj.e === "this" || obj.e === "new") return emitExpr(x, obj);
  return `YAO_DEREF(${emitExpr(x, obj)}, ${cString(name)})`;
}

export function emitLValue(x: EmitCtx, t: LValue): string {
  if (t.e === "boxval") return `${emitExpr(x, t.box)}->u.${boxField(t.inner)}`;
  return emitExpr(x, t as Expr);
}

export function decl(t: Ty, name: string): string {
  const c = ctype(t);
  return c.endsWith("*") ? `${c}${name}` : `${c} ${name}`;
}

function emitRt(x: EmitCtx, e: Expr & { e: "rt" }): string {
  const args = () => e.args.map((a) => emitExpr(x, a));
  const fn = e.fn;
  if (fn === "@ctype") return elemCType(e.ty);
  if (fn.startsWith("@type:")) return fn.slice(6);
  if (fn === "@elemkind") return elemKind(e.ty);
  if (fn === "YAO_VOID") return "((void)0)";
  if (fn.startsWith("(int64_t)") && fn.length > 9) return `((int64_t)${fn.slice(9)}(${args().join(", ")}))`;
  if (fn.startsWith("(")) return `(${fn}${args()[0] ?? ""})`;
  if (e.ty.k === "int" && (fn.startsWith("YAO_TA_") || fn.startsWith("YAO_TC_"))) return `((int64_t)${fn}(${args().join(", ")}))`;
  if (fn === "yao_box_new") return `YAO_BOX_NEW(${boxField((e.ty as { inner: Ty }).inner)}, ${args()[0]})`;
  if (fn === "yao_box_copy") return `YAO_BOX_COPY(${args()[0]})`;
  if (fn === "YAO_ARR_LIT") {
    const elem = (e.ty as { elem: Ty }).elem;
    const a = args();
    return `YAO_ARR_LIT(${elemCType(elem)}, ${elemKind(elem)}, ${a.join(", ")})`;
  }
  if (fn === "yao_val_to_ref" || fn === "yao_val_to_ref_nul" || fn === "yao_error_new") return `((${ctype(e.ty)})${fn}(${args().join(", ")}))`;
  if (fn === "YAO_DOWNCAST") return `((${ctype(e.ty)})yao_downcast((yao_obj *)${args().join(", ")}))`;
  if (fn === "yao_process_argv" || fn === "yao_random" || fn === "yao_get_exit_code" || fn === "yao_val_undef" || fn === "yao_val_null" ||
    fn === "yao_str_undefined" || fn === "yao_str_null") return `${fn}()`;
  if (isRef(e.ty) && /^(YAO_ARR_GET_OR|YAO_ARR_POP_OR|YAO_ARR_AT|YAO_ARR_GET_STRICT)$/.test(fn)) return `((${ctype(e.ty)})${fn}(${args().join(", ")}))`;
  return `${fn}(${args().join(", ")})`;
}
