// throw and catch an Error; message, name, instanceof; code after the throw does not run.
function risky(n: number): number {
  if (n < 0) throw new Error("negative: " + n);
  return Math.sqrt(n);
}
for (const v of [4, -1, 9]) {
  try {
    console.log("result", risky(v));
    console.log("after call", v);
  } catch (e) {
    if (e instanceof Error) console.log("caught", e.name, e.message, e instanceof Error);
  }
}
try {
  throw new TypeError("bad type");
} catch (e) {
  console.log(e instanceof TypeError, e instanceof Error, e instanceof RangeError, (e as Error).name, String(e));
}
try {
  throw new RangeError("out of range");
} catch (e) {
  if (e instanceof RangeError) console.log(e.name + ": " + e.message, `${e}`);
}
const plain = new Error();
console.log(plain.message === "", String(plain), plain.name);
