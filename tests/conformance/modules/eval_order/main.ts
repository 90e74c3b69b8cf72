// Modules are evaluated depth-first in import order, each exactly once, before main's body.
import { order, enter } from "./log";
import { firstValue } from "./first";
import { secondValue } from "./second";
enter("main");
console.log(firstValue, secondValue, order.join(" > "));
