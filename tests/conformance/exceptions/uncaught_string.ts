// Throwing a non-Error value uncaught also exits with status 1.
console.log("about to throw a string");
const reason: string = "plain string reason";
if (reason.length > 0) throw reason;
console.log("unreachable");
