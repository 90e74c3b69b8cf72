const a = Uint8Array.from({ length: 6 }, (_, i) => (i * 2654435761) % 251);
console.log(a.join(","));
const b = Int16Array.from([1.7, -40000, 3]);
console.log(b.join(" "), Float32Array.of(0.1, 2).join(" "), Uint8ClampedArray.from([300, -5, 1.5]).join(" "));
const c = Float64Array.from(new Set([3, 1, 3]), (x) => x * 0.5);
console.log(c.length, c[0], c[1], Uint16Array.from("123", (ch) => Number(ch) * 2).join("|"));
const d = Uint32Array.from(a);
console.log(d.length, d[5]);
