// Imported bindings are live: they reflect later assignments in the exporting module.
import { count, history, bump, reset } from "./counter";
import { bumpTwice } from "./user";
console.log(count);
bump(5);
console.log(count);
console.log(bumpTwice(), count);
reset();
console.log(count, history.join(","));
history.push(-1);
console.log(bumpTwice(), history.join(","));
