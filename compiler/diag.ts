// Diagnostics: every error the compiler reports is a YaoError with a position, a numbered
// rule and a hint. Passes throw YaoErrors (or collect them); the driver prints them as
//   file:line:col: error YAO1203: <rule>: <message>
//     hint: <hint>
import ts from "typescript";

export interface Diagnostic {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
  id: string; // e.g. "YAO1203"
  message: string;
  hint: string;
}

export class YaoError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.col}`;
  return `${where}: error ${d.id}: ${d.message}` + (d.hint ? `\n  hint: ${d.hint}` : "");
}

export function diagAt(node: ts.Node, id: string, message: string, hint: string): Diagnostic {
  const sf = node.getSourceFile();
  const pos = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return { file: sf.fileName, line: pos.line + 1, col: pos.character + 1, id, message, hint };
}

/** Throws a single diagnostic at `node`: for constructs found unsupported during lowering. */
export function fail(node: ts.Node, id: string, message: string, hint = ""): never {
  throw new YaoError([diagAt(node, id, message, hint)]);
}
