// Converting exceptions to result objects and back, and a retry loop around a flaky operation.
class Result {
  constructor(public ok: boolean, public value: number, public error: string) {}
}
function attempt(f: () => number): Result {
  try {
    return new Result(true, f(), "");
  } catch (e) {
    return new Result(false, NaN, e instanceof Error ? e.message : String(e));
  }
}
let calls = 0;
function flaky(): number {
  calls++;
  if (calls % 3 !== 0) throw new Error("flaky failure #" + calls);
  return calls * 10;
}
for (let i = 0; i < 3; i++) {
  let r = attempt(flaky);
  let tries = 1;
  while (!r.ok && tries < 5) {
    console.log("  retry after:", r.error);
    r = attempt(flaky);
    tries++;
  }
  console.log("round", i, r.ok, r.value, tries);
}
const results = [() => 1, () => JSON.parse("[1,"), () => Number("x")].map(attempt);
console.log(results.map((r) => r.ok + ":" + r.value).join(" "));
