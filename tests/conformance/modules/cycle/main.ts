// Two modules importing each other; hoisted function declarations make the cycle work.
import { isEven } from "./even";
import { isOdd } from "./odd";
let line = "";
for (let i = 0; i < 8; i++) line = line + (isEven(i) ? "e" : "o") + (isOdd(i) ? "O" : "E") + " ";
console.log(line);
