// A DataView over part of a buffer: offsets are relative to the view, and writes show in other views.
const buf = new ArrayBuffer(32);
const all = new Uint8Array(buf);
const dv = new DataView(buf, 8, 16);
console.log(dv.byteOffset, dv.byteLength);
dv.setUint32(0, 0xcafebabe);
dv.setUint16(14, 0x1234, true);
let line = "";
for (let i = 0; i < 32; i++) line = line + all[i].toString(16) + " ";
console.log(line);
const dv2 = new DataView(buf, 10);
console.log(dv2.byteLength, dv2.getUint16(0).toString(16), dv2.getUint8(12).toString(16));
const sub = all.subarray(20, 28);
const dv3 = new DataView(sub.buffer, sub.byteOffset, sub.length);
dv3.setFloat64(0, -2.5);
console.log(sub[0].toString(16), sub[1].toString(16), all[20].toString(16), dv.getFloat32(12));
const words = new Uint32Array(buf);
words[0] = 0x01020304;
console.log(new DataView(buf).getUint32(0).toString(16), new DataView(buf, 1, 2).getUint16(0).toString(16));
