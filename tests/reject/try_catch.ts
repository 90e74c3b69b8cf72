// expect YAO1404 at 3:1
let n = 0;
try {
  n = 1;
} catch (e) {
  n = 2;
}
console.log(n);
