// Front end: builds a TypeScript program for the entry file with yao's fixed strict options,
// and turns TypeScript's own errors into yao diagnostics (YAO0001). Called by the driver.
// Library .d.ts files are parsed once per process and reused: creating a program is then
// cheap enough to run per test.
import ts from "typescript";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Diagnostic } from "../diag";

const here = path.dirname(fileURLToPath(import.meta.url));
export const yaoEnvFile = path.resolve(here, "../lib/yao-env.d.ts");
const processDecl = path.resolve(here, "../lib/process.d.ts");

export const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  lib: ["lib.es2022.d.ts"],
  types: [],
  noImplicitOverride: false,
  useDefineForClassFields: true,
};

const sourceCache = new Map<string, { text: string; sf: ts.SourceFile }>();

function cachedHost(): ts.CompilerHost {
  const host = ts.createCompilerHost(compilerOptions, true);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, lang, onError, create) => {
    const text = ts.sys.readFile(fileName);
    if (text === undefined) return getSourceFile.call(host, fileName, lang, onError, create);
    const hit = sourceCache.get(fileName);
    if (hit && hit.text === text) return hit.sf;
    const sf = ts.createSourceFile(fileName, text, lang, true);
    sourceCache.set(fileName, { text, sf });
    return sf;
  };
  return host;
}

export interface FrontResult {
  program: ts.Program;
  checker: ts.TypeChecker;
  entry: ts.SourceFile;
  diagnostics: Diagnostic[];
}

/** Parses and type-checks `entry` and everything it imports. */
export function front(entry: string, extraFiles: string[] = []): FrontResult {
  const roots = [path.resolve(entry), yaoEnvFile, processDecl, ...extraFiles];
  const program = ts.createProgram(roots, compilerOptions, cachedHost());
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(path.resolve(entry));
  if (!sf) throw new Error(`yao: cannot read ${entry}`);
  const diags = [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()];
  return { program, checker, entry: sf, diagnostics: diags.map(toYaoDiagnostic) };
}

function toYaoDiagnostic(d: ts.Diagnostic): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  if (!d.file || d.start === undefined) {
    return { file: "<tsc>", line: 0, col: 0, id: "YAO0001", message: `TS${d.code}: ${message}`, hint: "" };
  }
  const pos = d.file.getLineAndCharacterOfPosition(d.start);
  return {
    file: d.file.fileName, line: pos.line + 1, col: pos.character + 1, id: "YAO0001",
    message: `TypeScript error TS${d.code}: ${message}`,
    hint: "yao compiles only programs that type-check under strict mode",
  };
}

/** The program's own source files (not lib .d.ts files). */
export function userFiles(program: ts.Program): ts.SourceFile[] {
  return program.getSourceFiles().filter((sf) => !sf.isDeclarationFile);
}
