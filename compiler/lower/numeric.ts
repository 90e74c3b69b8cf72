// Number semantics. Every operation here returns exactly what JavaScript's double arithmetic
// returns; an operation is done in machine integers (int64_t, "int") only when the operand
// ranges prove that the integer result equals the double result: it stays within +-2^53 and
// cannot be -0. Otherwise operands are converted to double. Ranges travel on Expr.lo/hi.
import { Expr, F64, INT, BOOL } from "../ir/ir";
import { bin, cast, intLit, rt, intRt, un, MAX_EXACT, f64Lit } from "./build";

const I32_MIN = -(2 ** 31);
const I32_MAX = 2 ** 31 - 1;
const U32_MAX = 2 ** 32 - 1;

export function isInt(e: Expr): boolean {
  return e.ty.k === "int";
}

function lo(e: Expr): number {
  return e.lo ?? -Infinity;
}
function hi(e: Expr): number {
  return e.hi ?? Infinity;
}

/** An int whose range is still empty: integer inference has not seen a value for it yet. */
function empty(a: Expr, b?: Expr): boolean {
  const e = (x: Expr) => x.ty.k === "int" && (x.lo ?? -Infinity) > (x.hi ?? Infinity);
  return e(a) || (!!b && e(b));
}

export function exactRange(l: number, h: number): boolean {
  return l >= -MAX_EXACT && h <= MAX_EXACT;
}

/** An int expression as a double (exact: ints are within +-2^53). */
export function toF64(e: Expr): Expr {
  if (e.ty.k === "f64") return e;
  if (e.e === "int") return f64Lit(e.v);
  return cast(e, F64);
}

function intResult(e: Expr, l: number, h: number): Expr {
  e.lo = l;
  e.hi = h;
  return e;
}

/** a + b on numbers. */
export function add(a: Expr, b: Expr): Expr {
  if (isInt(a) && isInt(b) && empty(a, b)) return intResult(bin("+", a, b, INT), Infinity, -Infinity);
  if (isInt(a) && isInt(b)) {
    const l = lo(a) + lo(b), h = hi(a) + hi(b);
    if (exactRange(l, h)) return fold(intResult(bin("+", a, b, INT), l, h));
  }
  return bin("+", toF64(a), toF64(b), F64);
}

export function sub(a: Expr, b: Expr): Expr {
  if (isInt(a) && isInt(b) && empty(a, b)) return intResult(bin("-", a, b, INT), Infinity, -Infinity);
  if (isInt(a) && isInt(b)) {
    const l = lo(a) - hi(b), h = hi(a) - lo(b);
    if (exactRange(l, h)) return fold(intResult(bin("-", a, b, INT), l, h));
  }
  return bin("-", toF64(a), toF64(b), F64);
}

export function mul(a: Expr, b: Expr): Expr {
  if (isInt(a) && isInt(b) && empty(a, b)) return intResult(bin("*", a, b, INT), Infinity, -Infinity);
  if (isInt(a) && isInt(b)) {
    const ps = [lo(a) * lo(b), lo(a) * hi(b), hi(a) * lo(b), hi(a) * hi(b)];
    const l = Math.min(...ps), h = Math.max(...ps);
    // 0 * negative is -0 in JavaScript: only safe when neither side can pair a zero with a negative
    const negZero = (lo(a) <= 0 && hi(a) >= 0 && lo(b) < 0) || (lo(b) <= 0 && hi(b) >= 0 && lo(a) < 0);
    if (exactRange(l, h) && !negZero) return fold(intResult(bin("*", a, b, INT), l, h));
  }
  return bin("*", toF64(a), toF64(b), F64);
}

export function div(a: Expr, b: Expr): Expr {
  if (a.e === "int" && b.e === "int" && b.v !== 0) { // ROWS / BLOCK: an exact integer quotient folds to an int
    const q = a.v / b.v;
    if (Number.isInteger(q) && !Object.is(q, -0) && exactRange(q, q)) return intLit(q);
  }
  return bin("/", toF64(a), toF64(b), F64);
}

/**
 * Math.floor(a / b) for ints a >= 0 and b >= 1, |a| <= 2^52: C's integer division. The double
 * quotient JavaScript computes cannot round onto the next integer there (its distance from an
 * integer is at least 1/b, more than half an ulp below 2^52 / b), so its floor is exactly this.
 * Undefined where it does not apply.
 */
export function floorDiv(a: Expr, b: Expr): Expr | undefined {
  if (!isInt(a) || !isInt(b)) return undefined;
  if (empty(a, b)) return intResult(bin("/", a, b, INT), Infinity, -Infinity); // inference still settling
  if (lo(a) < 0 || hi(a) > 2 ** 52 || lo(b) < 1 || hi(b) > MAX_EXACT) return undefined;
  return fold(intResult(bin("/", a, b, INT), Math.floor(lo(a) / hi(b)), Math.floor(hi(a) / lo(b))));
}

/** a % b: C's % on integers matches JavaScript for a non-negative dividend and non-zero divisor. */
export function mod(a: Expr, b: Expr): Expr {
  if (isInt(a) && isInt(b) && empty(a, b)) return intResult(bin("%", a, b, INT), Infinity, -Infinity);
  if (isInt(a) && isInt(b) && lo(a) >= 0 && (lo(b) > 0 || hi(b) < 0)) {
    const m = Math.max(Math.abs(lo(b)), Math.abs(hi(b))) - 1;
    return fold(intResult(bin("%", a, b, INT), 0, Math.min(m, hi(a))));
  }
  return rt("yao_fmod", [toF64(a), toF64(b)], F64, true);
}

export function pow(a: Expr, b: Expr): Expr {
  return rt("yao_pow", [toF64(a), toF64(b)], F64, true);
}

export function neg(a: Expr): Expr {
  if (isInt(a) && empty(a)) return intResult(un("-", a, INT), Infinity, -Infinity);
  if (isInt(a) && (lo(a) > 0 || hi(a) < 0)) return fold(intResult(un("-", a, INT), -hi(a), -lo(a)));
  if (a.e === "int" && a.v !== 0) return intLit(-a.v);
  return un("-", toF64(a), F64);
}

/** ToInt32: the result of `x | 0`. */
export function toInt32(e: Expr): Expr {
  if (isInt(e)) {
    if (lo(e) >= I32_MIN && hi(e) <= I32_MAX) return e;
    return intRt("YAO_WRAP_I32", [e], I32_MIN, I32_MAX);
  }
  return intRt("yao_toint32", [e], I32_MIN, I32_MAX);
}

/** ToUint32: the result of `x >>> 0`. */
export function toUint32(e: Expr): Expr {
  if (isInt(e)) {
    if (lo(e) >= 0 && hi(e) <= U32_MAX) return e;
    return intRt("YAO_WRAP_U32", [e], 0, U32_MAX);
  }
  return intRt("yao_touint32", [e], 0, U32_MAX);
}

/** The int32 operand of a bitwise operator, as a C int32_t expression. */
function i32(e: Expr): Expr {
  const x = toInt32(e);
  return intRt("(int32_t)", [x], lo(x), hi(x));
}

export function bitAnd(a: Expr, b: Expr): Expr {
  const x = i32(a), y = i32(b);
  let l = I32_MIN, h = I32_MAX;
  if (lo(x) >= 0) { l = 0; h = hi(x); }
  if (lo(y) >= 0) { l = 0; h = lo(x) >= 0 ? Math.min(h, hi(y)) : hi(y); }
  return intResult(bin("&", x, y, INT), l, h);
}

export function bitOr(a: Expr, b: Expr): Expr {
  if (b.e === "int" && b.v === 0) return toInt32(a);
  if (a.e === "int" && a.v === 0) return toInt32(b);
  return intResult(bin("|", i32(a), i32(b), INT), I32_MIN, I32_MAX);
}

export function bitXor(a: Expr, b: Expr): Expr {
  return intResult(bin("^", i32(a), i32(b), INT), I32_MIN, I32_MAX);
}

export function bitNot(a: Expr): Expr {
  return intResult(un("~", i32(a), INT), I32_MIN, I32_MAX);
}

/** Shift count: ToUint32(b) & 31. */
function shiftCount(b: Expr): Expr {
  if (b.e === "int") return intLit(((b.v % 32) + 32) % 32);
  return intResult(bin("&", toUint32(b), intLit(31), INT), 0, 31);
}

export function shl(a: Expr, b: Expr): Expr {
  return intRt("YAO_SHL", [i32(a), shiftCount(b)], I32_MIN, I32_MAX);
}

export function sar(a: Expr, b: Expr): Expr {
  const c = shiftCount(b);
  if (c.e === "int") {
    const k = c.v;
    const x = i32(a);
    return intResult(bin(">>", x, c, INT), Math.floor(Math.max(I32_MIN, lo(x)) / 2 ** k), Math.floor(Math.min(I32_MAX, hi(x)) / 2 ** k));
  }
  return intResult(bin(">>", i32(a), c, INT), I32_MIN, I32_MAX);
}

export function shr(a: Expr, b: Expr): Expr {
  const c = shiftCount(b);
  const x = toUint32(a);
  const u = intRt("(uint32_t)", [x], lo(x), hi(x));
  if (c.e === "int") {
    const k = c.v;
    const h = lo(x) >= 0 ? Math.min(hi(x), U32_MAX) : U32_MAX;
    return intResult(bin(">>", u, c, INT), 0, Math.floor(h / 2 ** k));
  }
  return intResult(bin(">>", u, c, INT), 0, U32_MAX);
}

export function imul(a: Expr, b: Expr): Expr {
  return intRt("yao_imul", [i32(a), i32(b)], I32_MIN, I32_MAX);
}

export function clz32(a: Expr): Expr {
  return intRt("yao_clz32", [toUint32(a)], 0, 32);
}

/** Numeric comparison (<, <=, >, >=, ==, !=); NaN compares false as in C. */
export function compare(op: string, a: Expr, b: Expr): Expr {
  if (isInt(a) && isInt(b)) return bin(op, a, b, BOOL);
  return bin(op, toF64(a), toF64(b), BOOL);
}

/** Constant folding for int nodes whose operands are literals. */
function fold(e: Expr): Expr {
  if (e.e === "bin" && e.a.e === "int" && e.b.e === "int") {
    const x = e.a.v, y = e.b.v;
    const v = e.op === "+" ? x + y : e.op === "-" ? x - y : e.op === "*" ? x * y : e.op === "%" ? x % y : e.op === "/" ? Math.floor(x / y) : NaN;
    if (Number.isInteger(v) && !Object.is(v, -0)) return intLit(v);
  }
  if (e.e === "un" && e.a.e === "int" && e.op === "-" && e.a.v !== 0) return intLit(-e.a.v);
  return e;
}

export { I32_MIN, I32_MAX, U32_MAX };
