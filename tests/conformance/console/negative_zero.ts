// console.log prints -0 as -0, while string conversion prints 0.
const nz = -0;
console.log(nz);
console.log(nz, String(nz), "" + nz, `${nz}`);
console.log(0 * -1, -0 + 0, -0 - 0, Math.round(-0.2));
const arr = [nz, 0];
console.log(arr[0], arr.join(","));
console.log(nz.toFixed(0), nz.toString(), nz.toString(2));
console.log([nz].join(""));
let z = 0;
z = z * -1;
console.log(z, -z);
