// DataView float64: bit patterns via two 32-bit halves, both byte orders, unaligned offsets.
const buf = new ArrayBuffer(20);
const dv = new DataView(buf);
function hex(hi: number, lo: number): string {
  let h = hi.toString(16);
  let l = lo.toString(16);
  while (h.length < 8) h = "0" + h;
  while (l.length < 8) l = "0" + l;
  return h + l;
}
const vals = [0, -0, 1, -1, 0.1, 1e308, 5e-324, 2.2250738585072014e-308, Infinity, -Infinity, Math.PI, 2 ** 53 + 2];
for (const v of vals) {
  dv.setFloat64(3, v);
  dv.setFloat64(11, v, true);
  console.log(v, hex(dv.getUint32(3), dv.getUint32(7)), hex(dv.getUint32(15, true), dv.getUint32(11, true)), dv.getFloat64(3), dv.getFloat64(11, true));
}
dv.setUint32(0, 0x7ff00000);
dv.setUint32(4, 0x00000001);
console.log(dv.getFloat64(0));
dv.setUint32(0, 0x000fffff);
dv.setUint32(4, 0xffffffff);
console.log(dv.getFloat64(0));
dv.setUint32(0, 0x3ff00000);
dv.setUint32(4, 1);
console.log(dv.getFloat64(0), dv.getFloat64(0) - 1);
