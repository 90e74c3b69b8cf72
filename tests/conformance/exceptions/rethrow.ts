// Catching, inspecting and rethrowing; wrapping errors; catch without a binding.
function parsePositive(s: string): number {
  const n = Number(s);
  if (Number.isNaN(n)) throw new TypeError("not a number: " + s);
  if (n <= 0) throw new RangeError("not positive: " + n);
  return n;
}
function tryParse(s: string): number {
  try {
    return parsePositive(s);
  } catch (e) {
    if (e instanceof RangeError) return 0;
    throw e;
  }
}
for (const s of ["5", "-2", "abc", "1e3"]) {
  try {
    console.log(s, tryParse(s));
  } catch (e) {
    console.log(s, "escaped:", (e as Error).name, (e as Error).message);
  }
}
function wrap(): void {
  try {
    parsePositive("x");
  } catch (e) {
    throw new Error("wrapped(" + (e as Error).message + ")");
  }
}
try {
  wrap();
} catch (e) {
  console.log((e as Error).message);
}
let flag = "";
try {
  JSON.parse("{bad");
} catch {
  flag = "parse failed";
}
console.log(flag);
