// DataView setters convert like typed array stores: modulo wrap, NaN to 0, fractions truncated.
const dv = new DataView(new ArrayBuffer(8));
const vals = [300, -300, 65536 + 5, -65541, 2 ** 32 + 7, -(2 ** 32) - 7, 1e21, 2 ** 53 + 6, NaN, -Infinity, 12.99, -12.99];
for (const v of vals) {
  dv.setUint8(0, v);
  dv.setInt16(1, v);
  dv.setUint32(3, v);
  console.log(v, dv.getUint8(0), dv.getInt16(1), dv.getUint32(3), dv.getInt32(3));
}
