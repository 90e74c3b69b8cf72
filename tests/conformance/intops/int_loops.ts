// Loop counters compared against doubles beyond int32, and i32 counters that overflow.
let n = 0;
for (let i = 2147483640; i < 2147483650; i++) n++;
console.log(n);
let m = 0;
for (let i = 4294967290; i <= 4294967300; i += 3) {
  m++;
  console.log(i, i | 0, i >>> 0);
}
console.log(m);
let k = 0;
for (let i = 0; i !== 10; i = (i + 1) | 0) k += i;
console.log(k);
let steps = 0;
for (let i = 1; i > 0; i = (i * 2) | 0) steps++;
console.log(steps);
let w = 0;
for (let i = 1; i < 1e12; i *= 10) w++;
console.log(w);
let frac = 0;
for (let i = 0; i < 3; i += 0.25) frac++;
console.log(frac);
let down = 0;
for (let i = 10; i-- > 0;) down += i;
console.log(down);
