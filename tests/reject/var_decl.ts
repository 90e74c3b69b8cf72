// expect YAO1409 at 2:1
var x = 1;
console.log(x);
