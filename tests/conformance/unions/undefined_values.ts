// undefined as a value: uninitialised lets, missing returns, optional chaining results, void functions.
let u: number | undefined;
console.log(u, u === undefined, u ?? "fallback");
function nothing(): void {}
function maybe(flag: boolean): number | undefined {
  if (flag) return 1;
  return;
}
console.log(nothing(), maybe(true), maybe(false), String(maybe(false)), `${undefined}`);
const arr: (number | undefined)[] = [1, undefined, 3];
console.log(arr.join("-"), arr.length, arr.indexOf(undefined), arr.filter((x) => x !== undefined).length);
const sum = arr.reduce((acc: number, x) => acc + (x ?? 0), 0);
console.log(sum, undefined === undefined, null === undefined, maybe(false) ?? "none");
