// switch on strings, including strings built at run time.
function kind(cmd: string): number {
  switch (cmd) {
    case "get":
      return 1;
    case "put":
      return 2;
    case "delete":
      return 3;
    case "":
      return 4;
    case "GET":
      return 5;
    default:
      return -1;
  }
}
const cmds = ["get", "put", "delete", "", "GET", "Get", "gets", "ge"];
for (const c of cmds) console.log("[" + c + "]", kind(c));
const built = String.fromCharCode(112, 117, 116);
console.log(built, kind(built));
let acc = "";
const parts = ["d", "e", "l", "e", "t", "e"];
for (const p of parts) acc = acc + p;
console.log(acc, kind(acc));
console.log(kind(`g${"e"}t`));
