// parseInt with explicit radixes, including 0, 1, 37, fractional and negative radixes.
function show(s: string, r: number): void {
  console.log(s, r, parseInt(s, r));
}
show("ff", 16);
show("FF", 16);
show("0xff", 16);
show("0xff", 10);
show("0xff", 0);
show("11", 2);
show("12", 2);
show("2", 2);
show("777", 8);
show("789", 8);
show("z", 36);
show("Z", 36);
show("zz", 36);
show("10", 37);
show("10", 1);
show("10", 0);
show("10", -1);
show("10", 2.9);
show("10", 36.9);
show("10", 4294967298);
show("-ff", 16);
show("  -101", 2);
show("hello", 36);
show("yao", 36);
show("1010101010101010101010101010101010101010101010101010101", 2);
show("zzzzzzzzzzzzzz", 36);
show("ffffffffffffffffff", 16);
show("123456789abcdef", 16);
show("0.5", 10);
show("", 16);
for (let r = 2; r <= 36; r += 5) {
  console.log(r, parseInt("1234567", r), parseInt("zy10", r));
}
