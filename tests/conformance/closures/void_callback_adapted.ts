function attempt(label: string, f: () => number | void): void {
  const r = f();
  console.log(label, r);
}
let count = 0;
attempt("void", () => { count++; });
attempt("num", () => 42);
function maybe(f: () => string | void): string { const r = f(); return typeof r === "string" ? r : "none"; }
console.log(maybe(() => { count++; }), maybe(() => "x"), count);
