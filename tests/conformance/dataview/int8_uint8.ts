// DataView 8-bit accessors: set wraps, get sign-extends or not.
const dv = new DataView(new ArrayBuffer(8));
const vals = [0, 1, 127, 128, 255, 256, -1, -128, -129, 1.9, -1.9, NaN, Infinity, 1e10];
for (const v of vals) {
  dv.setInt8(0, v);
  dv.setUint8(1, v);
  console.log(v, dv.getInt8(0), dv.getUint8(0), dv.getInt8(1), dv.getUint8(1));
}
for (let i = 0; i < 8; i++) dv.setUint8(i, i * 37);
let line = "";
for (let i = 0; i < 8; i++) line = line + dv.getInt8(i) + " ";
console.log(line);
