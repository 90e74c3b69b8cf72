// String enums: values are the strings; no reverse mapping.
enum Method {
  Get = "GET",
  Post = "POST",
  Delete = "DELETE",
}
enum Level {
  Debug = "debug",
  Info = "info",
  Error = "error",
}
function parse(s: string): Method | null {
  if (s === Method.Get) return Method.Get;
  if (s === Method.Post) return Method.Post;
  if (s === Method.Delete) return Method.Delete;
  return null;
}
console.log(Method.Get, Method.Post, Method.Delete);
console.log(parse("POST"), parse("post"), parse("DELETE") === Method.Delete);
function log(level: Level, msg: string): void {
  console.log("[" + level + "] " + msg);
}
log(Level.Info, "started");
log(Level.Error, `failed with ${Level.Debug.length} chars`);
const m: Method = parse("POST") ?? Method.Get;
switch (m) {
  case Method.Get:
    console.log("is get");
    break;
  case Method.Post:
    console.log("is post");
    break;
  default:
    console.log("other");
}
console.log(Method.Get < Method.Post, Level.Debug + Level.Info);
