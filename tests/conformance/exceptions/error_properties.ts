// Error objects: message conversion, name reassignment, toString forms, Error called without new.
const e1 = new Error("msg");
e1.name = "Custom";
console.log(String(e1), e1.toString(), e1.message);
const e2 = new Error("");
console.log("[" + String(e2) + "]");
const e3 = new TypeError();
console.log("[" + String(e3) + "]");
const e4 = Error("no new");
console.log(e4 instanceof Error, e4.message);
const e5 = new RangeError(String(123));
console.log(e5.message, typeof e5.message, e5.name);
class Silent extends Error {}
const s = new Silent("quiet");
console.log(s.name, String(s), s instanceof Silent);
class Named extends Error {
  name = "NamedError";
}
console.log(String(new Named("x")));
