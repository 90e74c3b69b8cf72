// A generic Option/Result style API with map/flatMap chains and exceptions turned into values.
class Result<T> {
  private constructor(private readonly ok: boolean, private readonly val: T | undefined, readonly error: string) {}
  static success<U>(v: U): Result<U> {
    return new Result<U>(true, v, "");
  }
  static failure<U>(e: string): Result<U> {
    return new Result<U>(false, undefined, e);
  }
  static from<U>(f: () => U): Result<U> {
    try {
      return Result.success(f());
    } catch (e) {
      return Result.failure<U>(e instanceof Error ? e.name : "thrown");
    }
  }
  map<U>(f: (v: T) => U): Result<U> {
    return this.ok ? Result.from(() => f(this.val as T)) : Result.failure<U>(this.error);
  }
  flatMap<U>(f: (v: T) => Result<U>): Result<U> {
    return this.ok ? f(this.val as T) : Result.failure<U>(this.error);
  }
  getOr(d: T): T {
    return this.ok ? (this.val as T) : d;
  }
  toString(): string {
    return this.ok ? `Ok(${JSON.stringify(this.val)})` : `Err(${this.error})`;
  }
}
const parseNum = (s: string): Result<number> => {
  const n = Number(s);
  return Number.isNaN(n) || s.trim() === "" ? Result.failure(`not a number: ${JSON.stringify(s)}`) : Result.success(n);
};
const inputs = ["42", " 7 ", "abc", "", "1e400", "[1,2]"];
for (const s of inputs) {
  const r = parseNum(s).map((n) => n * 2).flatMap((n) => (Number.isFinite(n) ? Result.success(n) : Result.failure<number>("overflow")));
  const j = Result.from(() => JSON.parse(s) as number | number[]).map((v) => (Array.isArray(v) ? v.length : -v));
  console.log(JSON.stringify(s), String(r), r.getOr(-1), String(j));
}
