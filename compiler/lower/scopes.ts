// Scope analysis over the whole program, before any lowering: which symbols are module-level
// (C globals), which locals are captured by closures, which of those are reassigned (and so
// live in heap boxes), and which free symbols each closure must carry. Used by the lowering of
// functions and closures (lower/fn.ts, lower/closures.ts).
import ts from "typescript";

export type FnNode = ts.FunctionLikeDeclaration;

export interface ScopeInfo {
  /** Symbols assigned somewhere other than their declaration's initializer. */
  reassigned: Set<ts.Symbol>;
  /** Local symbols referenced from a nested function. */
  captured: Set<ts.Symbol>;
  /** Per function node: the outer locals it uses (directly or through nested functions). */
  freeVars: Map<FnNode, Set<ts.Symbol>>;
  /** Locals captured by a closure made before the variable is declared (a hoisted nested
   *  function declaration, or an arrow written above a later `let`): they live in boxes made
   *  when their block starts. */
  capturedByDecl: Set<ts.Symbol>;
  /** Per function node: whether it (or a nested arrow) uses the enclosing `this`. */
  usesOuterThis: Set<FnNode>;
  /** The function that declares a symbol: a function node, the source file for locals of
   *  module-level blocks and loops (they live in the module's init function), or undefined
   *  for module-level declarations (C globals). */
  ownerOf(sym: ts.Symbol): FnNode | ts.SourceFile | undefined;
}

/** A declaration that is a C global: a top-level variable, function, class or enum. */
function isModuleLevel(decl: ts.Node): boolean {
  if (ts.isSourceFile(decl)) return true;
  if (ts.isVariableDeclaration(decl)) {
    const st = decl.parent.parent;
    return ts.isVariableStatement(st) && ts.isSourceFile(st.parent);
  }
  return ts.isSourceFile(decl.parent);
}

function isClassMember(decl: ts.Node): boolean {
  return !!decl.parent && (ts.isClassDeclaration(decl.parent) || ts.isClassExpression(decl.parent));
}

export function isFunctionNode(n: ts.Node): n is FnNode {
  return ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) ||
    ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) ||
    ts.isSetAccessorDeclaration(n);
}

export function enclosingFunction(n: ts.Node): FnNode | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (isFunctionNode(p)) return p;
    if (ts.isClassStaticBlockDeclaration(p) || ts.isPropertyDeclaration(p)) return undefined;
  }
  return undefined;
}

export function analyzeScopes(checker: ts.TypeChecker, files: readonly ts.SourceFile[]): ScopeInfo {
  const reassigned = new Set<ts.Symbol>();
  const captured = new Set<ts.Symbol>();
  const freeVars = new Map<FnNode, Set<ts.Symbol>>();
  const usesOuterThis = new Set<FnNode>();
  const owners = new Map<ts.Symbol, FnNode | ts.SourceFile | undefined>();

  const ownerOf = (sym: ts.Symbol): FnNode | ts.SourceFile | undefined => {
    if (owners.has(sym)) return owners.get(sym);
    const decl = sym.valueDeclaration ?? sym.declarations?.[0];
    let owner: FnNode | ts.SourceFile | undefined;
    if (decl && !decl.getSourceFile().isDeclarationFile) {
      owner = ts.isParameter(decl) ? (decl.parent as FnNode) : enclosingFunction(decl);
      if (decl.kind === ts.SyntaxKind.FunctionDeclaration && owner === decl) owner = enclosingFunction(decl);
      if (!owner && !isModuleLevel(decl) && !isClassMember(decl)) owner = decl.getSourceFile();
    }
    owners.set(sym, owner);
    return owner;
  };

  const noteUse = (id: ts.Node, sym: ts.Symbol) => {
    const owner = ownerOf(sym);
    if (!owner) return;
    for (let f = enclosingFunction(id); f && f !== owner; f = enclosingFunction(f)) {
      captured.add(sym);
      let set = freeVars.get(f);
      if (!set) freeVars.set(f, (set = new Set()));
      set.add(sym);
    }
  };

  const noteThis = (n: ts.Node) => {
    for (let f = enclosingFunction(n); f && ts.isArrowFunction(f); f = enclosingFunction(f)) usesOuterThis.add(f);
  };

  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && isValueUse(n)) {
      const sym = symbolOf(checker, n);
      if (sym) {
        noteUse(n, sym);
        if (isAssignmentTarget(n)) reassigned.add(sym);
      }
    } else if (n.kind === ts.SyntaxKind.ThisKeyword || n.kind === ts.SyntaxKind.SuperKeyword) {
      noteThis(n);
    }
    ts.forEachChild(n, visit);
  };
  for (const f of files) visit(f);
  const capturedByDecl = new Set<ts.Symbol>();
  for (const [f, syms] of freeVars) {
    for (const s of syms) {
      const d = s.valueDeclaration;
      if (ts.isFunctionDeclaration(f) || (d && f.getStart() < d.getEnd())) capturedByDecl.add(s);
    }
  }
  return { reassigned, captured, freeVars, usesOuterThis, ownerOf, capturedByDecl };
}

/** The value symbol an identifier refers to (shorthand properties resolve to the variable). */
export function symbolOf(checker: ts.TypeChecker, id: ts.Identifier): ts.Symbol | undefined {
  const parent = id.parent;
  if (parent && ts.isShorthandPropertyAssignment(parent) && parent.name === id) {
    return checker.getShorthandAssignmentValueSymbol(parent);
  }
  const sym = checker.getSymbolAtLocation(id);
  if (sym && sym.flags & ts.SymbolFlags.Alias) return checker.getAliasedSymbol(sym);
  return sym;
}

function isValueUse(id: ts.Identifier): boolean {
  const p = id.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) ||
    ts.isPropertySignature(p) || ts.isMethodSignature(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p) ||
    ts.isEnumMember(p) || ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) && (p as { name?: ts.Node }).name === id) return false;
  if (ts.isBreakOrContinueStatement(p) || ts.isLabeledStatement(p)) return false;
  if (ts.isTypeReferenceNode(p) || ts.isQualifiedName(p) || ts.isTypeQueryNode(p)) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p)) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) ||
    ts.isClassDeclaration(p) || ts.isInterfaceDeclaration(p) || ts.isTypeAliasDeclaration(p) ||
    ts.isEnumDeclaration(p) || ts.isFunctionExpression(p)) && (p as { name?: ts.Node }).name === id) return false;
  return true;
}

/** True when the identifier is written to: `x = ..`, `x += ..`, `x++`, `for (x of ..)`. */
export function isAssignmentTarget(n: ts.Node): boolean {
  let cur = n;
  let p = n.parent;
  while (p && ts.isParenthesizedExpression(p)) { cur = p; p = p.parent; }
  if (!p) return false;
  if (ts.isBinaryExpression(p) && p.left === cur) {
    const k = p.operatorToken.kind;
    return k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;
  }
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) {
    return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
  }
  if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === cur) return true;
  if (ts.isArrayLiteralExpression(p) || ts.isShorthandPropertyAssignment(p) || ts.isPropertyAssignment(p) ||
    ts.isSpreadElement(p)) {
    // destructuring assignment targets: [a, b] = ..., ({ a } = ...)
    let q: ts.Node = p;
    while (q.parent && (ts.isArrayLiteralExpression(q.parent) || ts.isObjectLiteralExpression(q.parent) ||
      ts.isPropertyAssignment(q.parent) || ts.isShorthandPropertyAssignment(q.parent) || ts.isSpreadElement(q.parent))) q = q.parent;
    return !!q.parent && ts.isBinaryExpression(q.parent) && q.parent.left === q &&
      q.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
  }
  return false;
}
