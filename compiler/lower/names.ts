// C names for TypeScript entities: deterministic, derived from the module path and the
// TypeScript name (STYLE.md rule 14), so `nm` output and fault reports trace back to source.
import path from "node:path";

/** "kernel/alloc/tlsf/tlsf.ts" → "kernel_alloc_tlsf_tlsf". */
export function modulePrefix(file: string, root: string): string {
  const rel = path.relative(root, file).replace(/\.ts$/, "");
  return cIdent(rel.split(path.sep).join("_"));
}

/** Makes any string a valid C identifier fragment. */
export function cIdent(s: string): string {
  let out = s.replace(/[^A-Za-z0-9_]/g, (c) => (c === "#" ? "priv_" : "_"));
  if (/^[0-9]/.test(out)) out = "_" + out;
  return out;
}

/** Allocates unique names within one C scope. */
export class NameScope {
  private used = new Map<string, number>();
  constructor(private reserved: Set<string> = new Set()) {}

  fresh(base: string): string {
    const b = cIdent(base);
    const n = this.used.get(b) ?? 0;
    this.used.set(b, n + 1);
    const name = n === 0 && !this.reserved.has(b) && !cKeywords.has(b) ? b : `${b}_${n + 1}`;
    if (n === 0 && (this.reserved.has(b) || cKeywords.has(b))) this.used.set(b, 2);
    return name;
  }
}

const cKeywords = new Set([
  "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
  "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
  "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
  "volatile", "while", "bool", "true", "false", "self", "main", "errno", "stdin", "stdout", "stderr",
  "NULL", "asm", "typeof", "this", "new", "delete", "int8_t", "int16_t", "int32_t", "int64_t",
  "uint8_t", "uint16_t", "uint32_t", "uint64_t", "size_t", "abs", "exit", "free", "malloc",
]);
