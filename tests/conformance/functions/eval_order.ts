// Operands, arguments and assignments evaluate left to right.
let trace = "";
function t(tag: string, v: number): number {
  trace = trace + tag;
  return v;
}
function three(a: number, b: number, c: number): number {
  return a * 100 + b * 10 + c;
}
console.log(three(t("a", 1), t("b", 2), t("c", 3)), trace);
trace = "";
console.log(t("x", 2) * t("y", 3) + t("z", 4), trace);
trace = "";
console.log(t("x", 2) + t("y", 3) * t("z", 4), trace);
trace = "";
console.log(t("p", 2) ** t("q", 3) ** t("r", 2), trace);
trace = "";
const arr: number[] = [0, 0, 0];
arr[t("i", 1)] = t("v", 9);
console.log(arr.join(","), trace);
trace = "";
let i = 0;
const xs: number[] = [10, 20, 30];
const r = xs[i++] + xs[i++] * xs[i];
console.log(r, i);
let k = 1;
k += k++ + ++k;
console.log(k);
trace = "";
const cmp = t("l", 1) < t("r", 2) === t("e", 1) > t("f", 0);
console.log(cmp, trace);
trace = "";
console.log(`${t("A", 1)}-${t("B", 2)}-${t("C", 3)}`, trace);
