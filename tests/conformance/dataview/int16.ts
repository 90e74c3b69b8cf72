// DataView 16-bit accessors in both byte orders, at odd (unaligned) offsets.
const buf = new ArrayBuffer(8);
const dv = new DataView(buf);
const bytes = new Uint8Array(buf);
const vals = [0, 1, 0x1234, 0x7fff, 0x8000, 0xffff, 0x10000, -1, -32768, -32769, 70000.7, NaN];
for (const v of vals) {
  dv.setInt16(1, v);
  const be = dv.getInt16(1) + " " + dv.getUint16(1) + " " + dv.getInt16(1, true) + " " + dv.getUint16(1, true);
  const raw = bytes[1] + "," + bytes[2];
  dv.setUint16(3, v, true);
  const raw2 = bytes[3] + "," + bytes[4];
  console.log(v, be, raw, raw2, dv.getUint16(3, true), dv.getInt16(3, false));
}
