// Built-in operations that throw: toFixed/toString argument ranges, repeat counts, JSON.parse, new Array(-1).
const tries: (() => string)[] = [
  () => (1.5).toFixed(101),
  () => (255).toString(1),
  () => (255).toString(37),
  () => "ab".repeat(-1),
  () => "ab".repeat(Infinity),
  () => String(JSON.parse("{")),
  () => String(new Array(-1).length),
  () => (1.5).toFixed(100).length + "",
  () => (1.5).toPrecision(0),
];
for (const t of tries) {
  try {
    console.log("ok", t());
  } catch (e) {
    console.log((e as Error).name, e instanceof RangeError, e instanceof SyntaxError);
  }
}
