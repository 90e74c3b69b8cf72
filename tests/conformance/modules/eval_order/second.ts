// Imported by first.ts and by main.ts; evaluated once.
import { enter } from "./log";
enter("second");
export const secondValue = 10;
