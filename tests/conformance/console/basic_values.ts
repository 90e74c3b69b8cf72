// console.log of each primitive kind.
console.log(1);
console.log(-1.5);
console.log("text");
console.log(true);
console.log(false);
console.log(null);
console.log(undefined);
console.log(NaN);
console.log(Infinity);
console.log(-Infinity);
console.log(-0);
console.log(0);
console.log("");
console.log(" leading and trailing ");
console.log("-0");
console.log(1e21);
console.log(0.000001);
console.log(1e-7);
