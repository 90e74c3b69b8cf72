// Reading past a typed array's end gives undefined; writing past it is ignored.
const u8 = new Uint8Array(4);
u8[0] = 1;
console.log(u8[4], u8[100], u8[-1], u8[1.5]);
u8[10] = 5;
u8[-1] = 9;
console.log(u8.length, u8.join(","));
const f = new Float64Array(2);
const past = f[2];
console.log(past, past === undefined, typeof past);
let sum = 0;
for (let i = 0; i <= u8.length; i++) sum += u8[i];
console.log(sum);
const sub = u8.subarray(1, 3);
console.log(sub[2], sub[1]);
