// A tokenizer, recursive-descent parser and evaluator for arithmetic with variables and functions.
type Tok = { kind: "num"; value: number } | { kind: "id"; name: string } | { kind: "op"; op: string } | { kind: "end" };
type Expr =
  | { t: "num"; v: number }
  | { t: "var"; name: string }
  | { t: "neg"; e: Expr }
  | { t: "bin"; op: string; l: Expr; r: Expr }
  | { t: "call"; fn: string; args: Expr[] };
class CalcError extends Error {
  constructor(msg: string, public pos: number) {
    super(msg + " at " + pos);
    this.name = "CalcError";
  }
}
function tokenize(src: string): { toks: Tok[]; pos: number[] } {
  const toks: Tok[] = [];
  const pos: number[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") {
      i++;
      continue;
    }
    const start = i;
    if ((c >= "0" && c <= "9") || c === ".") {
      while (i < src.length && ((src[i] >= "0" && src[i] <= "9") || src[i] === ".")) i++;
      if (src[i] === "e" || src[i] === "E") {
        i++;
        if (src[i] === "+" || src[i] === "-") i++;
        while (i < src.length && src[i] >= "0" && src[i] <= "9") i++;
      }
      const text = src.slice(start, i);
      const v = Number(text);
      if (Number.isNaN(v)) throw new CalcError("bad number " + JSON.stringify(text), start);
      toks.push({ kind: "num", value: v });
    } else if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_") {
      while (i < src.length && ((src[i] >= "a" && src[i] <= "z") || (src[i] >= "A" && src[i] <= "Z") || (src[i] >= "0" && src[i] <= "9") || src[i] === "_")) i++;
      toks.push({ kind: "id", name: src.slice(start, i) });
    } else if ("+-*/%^(),=".includes(c)) {
      toks.push({ kind: "op", op: c });
      i++;
    } else throw new CalcError("unexpected " + JSON.stringify(c), i);
    pos.push(start);
  }
  toks.push({ kind: "end" });
  pos.push(src.length);
  return { toks, pos };
}
class Parser {
  private i = 0;
  constructor(private toks: Tok[], private pos: number[]) {}
  private peek(): Tok {
    return this.toks[this.i];
  }
  private isOp(op: string): boolean {
    const t = this.peek();
    return t.kind === "op" && t.op === op;
  }
  private expect(op: string): void {
    if (!this.isOp(op)) throw new CalcError("expected '" + op + "'", this.pos[this.i]);
    this.i++;
  }
  parseAll(): Expr {
    const e = this.expr();
    if (this.peek().kind !== "end") throw new CalcError("trailing input", this.pos[this.i]);
    return e;
  }
  private expr(): Expr {
    let l = this.term();
    while (this.isOp("+") || this.isOp("-")) {
      const op = (this.toks[this.i++] as { op: string }).op;
      l = { t: "bin", op, l, r: this.term() };
    }
    return l;
  }
  private term(): Expr {
    let l = this.unary();
    while (this.isOp("*") || this.isOp("/") || this.isOp("%")) {
      const op = (this.toks[this.i++] as { op: string }).op;
      l = { t: "bin", op, l, r: this.unary() };
    }
    return l;
  }
  private unary(): Expr {
    if (this.isOp("-")) {
      this.i++;
      return { t: "neg", e: this.unary() };
    }
    return this.power();
  }
  private power(): Expr {
    const base = this.atom();
    if (this.isOp("^")) {
      this.i++;
      return { t: "bin", op: "^", l: base, r: this.unary() };
    }
    return base;
  }
  private atom(): Expr {
    const t = this.peek();
    if (t.kind === "num") {
      this.i++;
      return { t: "num", v: t.value };
    }
    if (t.kind === "id") {
      this.i++;
      if (!this.isOp("(")) return { t: "var", name: t.name };
      this.i++;
      const args: Expr[] = [];
      if (!this.isOp(")")) {
        args.push(this.expr());
        while (this.isOp(",")) {
          this.i++;
          args.push(this.expr());
        }
      }
      this.expect(")");
      return { t: "call", fn: t.name, args };
    }
    if (this.isOp("(")) {
      this.i++;
      const e = this.expr();
      this.expect(")");
      return e;
    }
    throw new CalcError("unexpected token", this.pos[this.i]);
  }
}
const FUNCS = new Map<string, (xs: number[]) => number>([
  ["sqrt", (xs) => Math.sqrt(xs[0])],
  ["max", (xs) => Math.max(...xs)],
  ["min", (xs) => Math.min(...xs)],
  ["abs", (xs) => Math.abs(xs[0])],
  ["round", (xs) => Math.round(xs[0])],
]);
function evaluate(e: Expr, env: Map<string, number>): number {
  switch (e.t) {
    case "num":
      return e.v;
    case "var": {
      const v = env.get(e.name);
      if (v === undefined) throw new Error("undefined variable " + e.name);
      return v;
    }
    case "neg":
      return -evaluate(e.e, env);
    case "call": {
      const f = FUNCS.get(e.fn);
      if (!f) throw new Error("unknown function " + e.fn);
      return f(e.args.map((a) => evaluate(a, env)));
    }
    case "bin": {
      const l = evaluate(e.l, env);
      const r = evaluate(e.r, env);
      switch (e.op) {
        case "+": return l + r;
        case "-": return l - r;
        case "*": return l * r;
        case "/": return l / r;
        case "%": return l % r;
        default: return l ** r;
      }
    }
  }
}
function show(e: Expr): string {
  switch (e.t) {
    case "num": return String(e.v);
    case "var": return e.name;
    case "neg": return "(-" + show(e.e) + ")";
    case "call": return e.fn + "(" + e.args.map(show).join(", ") + ")";
    case "bin": return "(" + show(e.l) + " " + e.op + " " + show(e.r) + ")";
  }
}
const env = new Map<string, number>([["pi", Math.PI]]);
const lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10 / 4", "y = x * x - 1", "max(x, y, 3) % 4", "sqrt(2) * sqrt(2)",
  "1e3 + .5 + 2.5e-1", "round(-2.5) + round(2.5)", "0.1 + 0.2", "1 / 0 - 1 / 0", "z + 1", "3 +", "(1 + 2", "2 $ 3", "foo(1)",
  "abs(-0) * -1", "min()", "pi * 2", "1.2.3"];
for (const line of lines) {
  try {
    const eq = line.indexOf("=");
    const target = eq > 0 ? line.slice(0, eq).trim() : null;
    const { toks, pos } = tokenize(eq > 0 ? line.slice(eq + 1) : line);
    const ast = new Parser(toks, pos).parseAll();
    const v = evaluate(ast, env);
    if (target !== null) env.set(target, v);
    console.log(line.padEnd(26), "=>", show(ast), "=", v);
  } catch (e) {
    console.log(line.padEnd(26), "!!", e instanceof CalcError ? "syntax: " + e.message : "runtime: " + (e as Error).message);
  }
}
console.log([...env.keys()].join(","));
