// Throwing values that are not Error objects: strings, numbers, class instances.
class Signal {
  constructor(public code: number) {}
}
function thrower(kind: number): void {
  if (kind === 0) throw "a string";
  if (kind === 1) throw 42;
  if (kind === 2) throw new Signal(7);
  throw null;
}
for (let k = 0; k < 4; k++) {
  try {
    thrower(k);
  } catch (e) {
    if (typeof e === "string") console.log("string", e.length, e);
    else if (typeof e === "number") console.log("number", e + 1);
    else if (e instanceof Signal) console.log("signal", e.code);
    else console.log("other", e === null);
  }
}
