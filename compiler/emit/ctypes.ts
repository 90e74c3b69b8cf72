// C spellings of IR types, shared by the emitter files.
import { Ty, Sig, ClassIR, ClosureIR } from "../ir/ir";

export function ctype(t: Ty): string {
  switch (t.k) {
    case "f64": return "double";
    case "int": return "int64_t";
    case "bool": return "bool";
    case "void": return "void";
    case "val": return "yao_val";
    case "str": return "yao_str *";
    case "cls": return `struct ${t.cls.cname} *`;
    case "arr": return "yao_arr *";
    case "typed": return "yao_typed *";
    case "abuf": return "yao_abuf *";
    case "dview": return "yao_dview *";
    case "fn": return "yao_fn *";
    case "obj": return "yao_obj *";
    case "map": case "set": return "yao_map *";
    case "box": return "yao_box *";
    case "raw": return t.c;
  }
}

/** The union member of yao_box (and of array element storage) that holds a value of type t. */
export function boxField(t: Ty): string {
  switch (t.k) {
    case "f64": return "f";
    case "int": return "i";
    case "bool": return "b";
    case "val": return "v";
    default: return "p";
  }
}

/** Element kind codes shared with the runtime (yao.h: YAO_EK_*). */
export function elemKind(t: Ty): string {
  switch (t.k) {
    case "f64": case "int": return "YAO_EK_F64";
    case "bool": return "YAO_EK_BOOL";
    case "val": return "YAO_EK_VAL";
    case "str": return "YAO_EK_STR";
    default: return "YAO_EK_REF";
  }
}

/** Array element storage: numbers are doubles (an int is converted on store). */
export function elemCType(t: Ty): string {
  return t.k === "int" ? "double" : ctype(t);
}

export function fnPtrType(sig: Sig, self: string): string {
  const params = [self, ...sig.params.map(ctype)].join(", ");
  return `${ctype(sig.ret)} (*)(${params})`;
}

export function closureStruct(c: ClosureIR): string {
  return `struct ${c.cname}`;
}

export function classStruct(c: ClassIR): string {
  return `struct ${c.cname}`;
}

/** A C string literal for text that is printable ASCII (used in comments and messages). */
export function cString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (c >= 32 && c < 127) out += ch === "?" ? "\\?" : ch;
    else if (c === 10) out += "\\n";
    else out += "?";
  }
  return out + '"';
}

/** A number as a C double literal that reads back as exactly the same double. */
export function cDouble(v: number): string {
  if (Number.isNaN(v)) return "YAO_NAN";
  if (v === Infinity) return "YAO_INF";
  if (v === -Infinity) return "(-YAO_INF)";
  if (Object.is(v, -0)) return "(-0.0)";
  let s = String(v);
  if (!/[.e]/.test(s)) s += ".0";
  return v < 0 ? `(${s})` : s;
}

export function cInt(v: number): string {
  if (v >= -(2 ** 31) && v < 2 ** 31) return v < 0 ? `(${v})` : String(v);
  return v < 0 ? `(-INT64_C(${-v}))` : `INT64_C(${v})`;
}
