// DataView float32: rounding on set, exact bit patterns, both byte orders.
const buf = new ArrayBuffer(8);
const dv = new DataView(buf);
const vals = [0, -0, 1, -2, 0.1, 1 / 3, 16777217, 3.4028235e38, 3.5e38, 1e-45, 1e-46, Infinity, -Infinity, 65504.5];
for (const v of vals) {
  dv.setFloat32(0, v);
  dv.setFloat32(4, v, true);
  console.log(v, dv.getFloat32(0), dv.getUint32(0).toString(16), dv.getUint32(4, true).toString(16), dv.getFloat32(4, true), dv.getFloat32(4));
}
dv.setUint32(0, 0x7f800001);
console.log(dv.getFloat32(0));
dv.setUint32(0, 0x00000001);
console.log(dv.getFloat32(0));
dv.setUint32(0, 0x80000000);
console.log(dv.getFloat32(0));
dv.setUint32(0, 0x3f800000);
dv.setUint32(4, 0x0000803f);
console.log(dv.getFloat32(0), dv.getFloat32(4, true), dv.getFloat32(4));
dv.setFloat32(0, NaN);
console.log(dv.getFloat32(0));
