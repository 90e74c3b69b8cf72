// Imported first by main.ts; depends on second.ts.
import { enter } from "./log";
import { secondValue } from "./second";
enter("first");
export const firstValue = secondValue + 1;
