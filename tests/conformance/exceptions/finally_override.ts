// A return in finally overrides the try's return and swallows a pending exception;
// the return value is computed before finally runs.
function f1(): string {
  try {
    return "try";
  } finally {
    return "finally";
  }
}
function f2(): string {
  try {
    throw new Error("lost");
  } finally {
    return "finally wins";
  }
}
function f3(): number {
  let x = 1;
  try {
    return x;
  } finally {
    x = 100;
  }
}
function f4(): number {
  let i = 0;
  for (; i < 10; i++) {
    try {
      if (i === 3) break;
      if (i % 2 === 0) continue;
    } finally {
      console.log("finally at", i);
    }
  }
  return i;
}
function f5(): string {
  try {
    throw new Error("first");
  } finally {
    try {
      throw new Error("second");
    } catch (e) {
      console.log("finally caught", (e as Error).message);
    }
  }
}
console.log(f1(), f2(), f3(), f4());
try {
  f5();
} catch (e) {
  console.log("outer got", (e as Error).message);
}
