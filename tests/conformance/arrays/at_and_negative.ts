// Array.prototype.at with negative and fractional indices; lastIndexOf with fromIndex; findLast-free reverse search.
const xs = [10, 20, 30, 40];
console.log(xs.at(0), xs.at(-1), xs.at(-4), xs.at(-5), xs.at(4), xs.at(1.7), xs.at(-1.7));
console.log(xs.lastIndexOf(20, -3), xs.lastIndexOf(40, -2), xs.indexOf(30, -2));
let lastBig = -1;
for (let i = xs.length - 1; i >= 0; i--) if (xs[i] > 15) {
  lastBig = i;
  break;
}
console.log(lastBig, xs.slice(-3, -1).join());
