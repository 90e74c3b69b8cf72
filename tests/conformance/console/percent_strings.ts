// Strings containing % signs: a lone string is printed as is; with further arguments the first
// string is a format string (%s %d %i %f %% and unknown sequences), as Node does.
console.log("100%");
console.log("50% done", 1);
console.log("%%");
console.log("%% and", 2);
console.log("%s is %d years", "yao", 1);
console.log("%d", 3.7);
console.log("%i", 3.7);
console.log("%f", 2.5);
console.log("%s", "only");
console.log("%s %s", "one");
console.log("%x", 5);
console.log("rate: %", 7);
console.log("a", "%s", "b");
console.log("%d%%", 42);
