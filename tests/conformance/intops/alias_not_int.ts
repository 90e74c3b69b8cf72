// Integer type aliases are only `number`: nothing truncates unless the program does.
function half(x: i32): i32 {
  return x / 2;
}
function widen(x: u8): u8 {
  return x * 100;
}
let a: i32 = 5;
a = a / 2;
console.log(a);
console.log(half(7), half(-7), half(2147483647));
console.log(widen(200), widen(3));
let b: u32 = 4294967295;
b = b + 1;
console.log(b);
let c: i8 = 127;
c++;
console.log(c);
let d: u16 = 0;
d--;
console.log(d);
let e: i32 = 0x7fffffff;
e = e * 2;
console.log(e, e | 0);
const f: f64 = 0.1;
const g: i32 = f * 10;
console.log(g, g === 1);
let h: i64 = 2 ** 62;
h = h + 1;
console.log(h);
let i: u64 = 18446744073709551615;
console.log(i);
i = i - 1;
console.log(i);
