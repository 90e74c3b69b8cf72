// An uncaught TypeError after setting process.exitCode still exits with status 1.
process.exitCode = 5;
console.log("exit code set");
const handlers: (() => void)[] = [() => console.log("handler 0"), () => {
  throw new TypeError("handler 1 failed");
}];
for (const h of handlers) h();
console.log("unreachable");
