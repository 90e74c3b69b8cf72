// Reading from one element type and storing into another converts through a double.
const src = new Float64Array([-1.5, 0.5, 255.5, 256, -129, 70000.9, 4294967295.5, NaN]);
const kinds: string[] = ["i8", "u8", "c8", "i16", "u16", "i32", "u32", "f32"];
const i8 = new Int8Array(src.length);
const u8 = new Uint8Array(src.length);
const c8 = new Uint8ClampedArray(src.length);
const i16 = new Int16Array(src.length);
const u16 = new Uint16Array(src.length);
const i32 = new Int32Array(src.length);
const u32 = new Uint32Array(src.length);
const f32 = new Float32Array(src.length);
for (let i = 0; i < src.length; i++) {
  i8[i] = src[i];
  u8[i] = src[i];
  c8[i] = src[i];
  i16[i] = src[i];
  u16[i] = src[i];
  i32[i] = src[i];
  u32[i] = src[i];
  f32[i] = src[i];
}
console.log(kinds.join(" "));
for (let i = 0; i < src.length; i++) {
  console.log(src[i], i8[i], u8[i], c8[i], i16[i], u16[i], i32[i], u32[i], f32[i]);
}
const back = new Int8Array(u32);
console.log(back[0], back[4], back[6]);
