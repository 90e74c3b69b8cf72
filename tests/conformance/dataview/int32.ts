// DataView 32-bit accessors in both byte orders.
const buf = new ArrayBuffer(12);
const dv = new DataView(buf);
const bytes = new Uint8Array(buf);
const vals = [0, 1, 0x12345678, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, -1, -2147483648, 0xdeadbeef, 1e10, -0.5, 2 ** 53];
for (const v of vals) {
  dv.setUint32(2, v);
  const be = bytes[2] + "," + bytes[3] + "," + bytes[4] + "," + bytes[5];
  dv.setInt32(6, v, true);
  const le = bytes[6] + "," + bytes[7] + "," + bytes[8] + "," + bytes[9];
  console.log(v, be, le, dv.getInt32(2), dv.getUint32(2, true), dv.getInt32(6, true), dv.getUint32(6, false));
}
