// process.exit() without an argument uses the exitCode set earlier.
console.log("setting exitCode to 3");
process.exitCode = 3;
let n = 0;
while (true) {
  n++;
  if (n === 4) {
    console.log("exiting with n =", n);
    process.exit();
  }
}
