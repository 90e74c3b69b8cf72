// byteLength, byteOffset and BYTES_PER_ELEMENT of typed arrays and their views.
const buf = new ArrayBuffer(64);
const a = new Uint8Array(buf, 3, 5);
const b = new Int16Array(buf, 4, 6);
const c = new Uint32Array(buf, 8);
const d = new Float64Array(buf, 16, 3);
console.log(a.length, a.byteLength, a.byteOffset, a.BYTES_PER_ELEMENT);
console.log(b.length, b.byteLength, b.byteOffset, b.BYTES_PER_ELEMENT);
console.log(c.length, c.byteLength, c.byteOffset, c.BYTES_PER_ELEMENT);
console.log(d.length, d.byteLength, d.byteOffset, d.BYTES_PER_ELEMENT);
const sub = c.subarray(2, 5);
console.log(sub.length, sub.byteOffset, sub.byteLength, sub.buffer === buf);
const copy = sub.slice();
console.log(copy.byteOffset, copy.byteLength, copy.buffer === buf, copy.buffer.byteLength);
console.log(Int8Array.BYTES_PER_ELEMENT, Uint8ClampedArray.BYTES_PER_ELEMENT, Int16Array.BYTES_PER_ELEMENT, Float32Array.BYTES_PER_ELEMENT, Float64Array.BYTES_PER_ELEMENT);
const again = new Uint8Array(sub.buffer, sub.byteOffset, sub.byteLength);
again[0] = 0xff;
console.log(sub[0], c[2], buf.byteLength);
