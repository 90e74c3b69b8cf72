// console.log() prints an empty line.
console.log("before");
console.log();
console.log("between");
console.log();
console.log();
console.log("after");
