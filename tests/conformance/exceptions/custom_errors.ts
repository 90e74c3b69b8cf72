// User classes extending Error with extra fields; name set in constructors; a hierarchy.
class AppError extends Error {
  constructor(message: string, public code: number) {
    super(message);
    this.name = "AppError";
  }
}
class NotFound extends AppError {
  constructor(public path: string) {
    super("not found: " + path, 404);
    this.name = "NotFound";
  }
}
class Timeout extends AppError {
  readonly retryable = true;
  constructor(ms: number) {
    super(`timed out after ${ms}ms`, 504);
    this.name = "Timeout";
  }
}
function fail(i: number): void {
  if (i === 0) throw new NotFound("/etc/x");
  if (i === 1) throw new Timeout(250);
  if (i === 2) throw new AppError("generic", 500);
  throw new Error("plain");
}
for (let i = 0; i < 4; i++) {
  try {
    fail(i);
  } catch (e) {
    if (e instanceof NotFound) console.log("NF", e.path, e.code, e.message, e.name, String(e));
    else if (e instanceof Timeout) console.log("TO", e.retryable, e.code, e.message, `${e}`);
    else if (e instanceof AppError) console.log("APP", e.code, e instanceof Error, e instanceof NotFound);
    else if (e instanceof Error) console.log("ERR", e.name, e.message);
  }
}
const nf = new NotFound("/a");
console.log(nf instanceof NotFound, nf instanceof AppError, nf instanceof Error, nf instanceof Timeout);
