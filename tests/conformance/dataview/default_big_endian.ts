// DataView defaults to big-endian; typed arrays use host (little-endian) order.
const buf = new ArrayBuffer(8);
const dv = new DataView(buf);
const u8 = new Uint8Array(buf);
const u16 = new Uint16Array(buf);
const u32 = new Uint32Array(buf);
dv.setUint32(0, 0x01020304);
console.log(u8[0], u8[1], u8[2], u8[3], u32[0].toString(16));
dv.setUint32(4, 0x01020304, true);
console.log(u8[4], u8[5], u8[6], u8[7], u32[1].toString(16));
dv.setUint16(0, 0xabcd);
console.log(u16[0].toString(16), dv.getUint16(0).toString(16), dv.getUint16(0, true).toString(16));
u32[0] = 0x11223344;
console.log(dv.getUint32(0).toString(16), dv.getUint32(0, true).toString(16), dv.getUint16(1).toString(16));
dv.setUint16(6, 0x0102, false);
console.log(u8[6], u8[7]);
