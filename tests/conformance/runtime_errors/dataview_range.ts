// Out-of-range DataView access and bad typed array constructor arguments throw RangeError.
const dv = new DataView(new ArrayBuffer(8));
const attempts: (() => number)[] = [() => dv.getUint32(5), () => dv.getUint8(8), () => dv.getFloat64(1), () => dv.getInt16(-1), () => dv.getUint8(7)];
for (const a of attempts) {
  try {
    console.log("ok", a());
  } catch (e) {
    console.log(e instanceof RangeError, (e as Error).name);
  }
}
try {
  new Uint32Array(new ArrayBuffer(10), 2);
} catch (e) {
  console.log("misaligned", e instanceof RangeError);
}
try {
  new Uint8Array(-1);
} catch (e) {
  console.log("negative length", e instanceof RangeError);
}
try {
  new Uint8Array(4).set([1, 2, 3], 2);
} catch (e) {
  console.log("set overflow", e instanceof RangeError);
}
