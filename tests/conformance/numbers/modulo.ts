// The % operator: sign follows the dividend, works on fractions, exact like fmod.
function show(a: number, b: number): void {
  console.log(a, "%", b, "=", a % b);
}
show(7, 3);
show(-7, 3);
show(7, -3);
show(-7, -3);
show(5.5, 2);
show(-5.5, 2);
show(5, 2.5);
show(5.25, 0.5);
show(0.3, 0.1);
show(1, 0.1);
show(-1, 1);
show(0, 5);
show(-0, 5);
show(5, 0);
show(5, -0);
show(Infinity, 3);
show(3, Infinity);
show(-3, -Infinity);
show(NaN, 3);
show(3, NaN);
show(1e308, 3);
show(1e17, 7);
show(2 ** 53 + 2, 3);
show(4294967296, 10);
show(-2147483648, -1);
show(2147483647, 2);
show(1.5e-320, 1e-321);
show(123.456, 0.001);
show(-123.456, 10);
let negMod = 0;
for (let i = -10; i <= 10; i++) {
  negMod = negMod * 3 + (i % 4);
}
console.log(negMod);
// the common "positive modulo" idiom
for (let i = -6; i <= 6; i += 3) {
  console.log(i, ((i % 5) + 5) % 5);
}
