// Checks the @native intrinsics in this folder against the C side: every symbol the TypeScript
// names must be declared in native.h, arch.h, sched.h or preempt.h with the C types the compiler derives from the
// TypeScript annotations (docs/helpers-brief.md, "Hardware intrinsics"). yao_phys_view needs the
// compiler runtime's yao_typed and is provided with the runtime, not by these headers.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";

const here = __dirname;
const C_TYPES: Record<string, string> = {
  u8: "uint8_t", u16: "uint16_t", u32: "uint32_t", u64: "uint64_t", i32: "int32_t",
  number: "double", boolean: "bool", void: "void", Uint8Array: "yao_typed *",
};
const PROVIDED_BY_RUNTIME = new Set(["yao_phys_view"]);

function nativesIn(file: string): { symbol: string; signature: string }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const found: { symbol: string; signature: string }[] = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement)) continue;
    const tag = ts.getJSDocTags(statement).find((t) => t.tagName.text === "native");
    if (!tag) continue;
    const symbol = String(tag.comment).trim();
    const cType = (t: ts.TypeNode | undefined): string => (t && ts.isFunctionTypeNode(t) ? "yao_fn *" : C_TYPES[t ? t.getText() : "void"]);
    const params = statement.parameters.map((p) => cType(p.type));
    const ret = cType(statement.type);
    found.push({ symbol, signature: `${ret} ${symbol}(${params.join(", ") || "void"})` });
  }
  return found;
}

const natives = fs
  .readdirSync(here)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "platform.ts")
  .flatMap((f) => nativesIn(path.join(here, f)));

test("every exported intrinsic is @native with a mappable signature", () => {
  expect(natives.length).toBe(28 + 10 + 8); // + interrupts.ts and threads.ts
  for (const n of natives) expect(n.signature).not.toContain("undefined");
});

test("the C headers declare each symbol with the same parameter and return types", () => {
  const headers = ["native.h", "arch.h", "sched.h", "preempt.h"].map((h) => fs.readFileSync(path.join(here, h), "utf8")).join("\n");
  for (const { symbol, signature } of natives) {
    if (PROVIDED_BY_RUNTIME.has(symbol)) continue;
    const declared = declarationOf(headers, symbol);
    expect(declared, `${symbol} is not declared in native.h or arch.h`).not.toBeNull();
    expect(normalize(declared!), symbol).toBe(normalize(signature));
  }
});

/** `ret name(params)` from a static inline definition, a prototype, or the MMIO accessor macro. */
function declarationOf(headers: string, symbol: string): string | null {
  const mmio = /^yao_mmio_(read|write)(8|16|32|64)$/.exec(symbol);
  if (mmio && headers.includes("YAO_MMIO_ACCESSORS(" + mmio[2] + ")")) {
    const t = `uint${mmio[2]}_t`;
    return mmio[1] === "read" ? `${t} ${symbol}(uint64_t)` : `void ${symbol}(uint64_t, ${t})`;
  }
  const match = new RegExp(`([A-Za-z_][A-Za-z0-9_ ]*?)\\s*\\b${symbol}\\(([^)]*)\\)`).exec(headers);
  if (!match) return null;
  const ret = match[1].replace(/\b(static|inline|_Noreturn|extern)\b/g, "").trim();
  const params = match[2].split(",").map((p) => p.trim().replace(/(\s+|(?<=\*))[A-Za-z_][A-Za-z0-9_]*$/, "").trim());
  return `${ret} ${symbol}(${params.join(", ")})`;
}

function normalize(signature: string): string {
  return signature.replace(/\bint\b/g, "int32_t").replace(/\s+/g, " ").replace(/\(\)/, "(void)");
}
