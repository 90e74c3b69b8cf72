// Default imports under local names, mixed with a named import.
import Greeter, { DEFAULT_GREETING } from "./greeter";
import total from "./sum";
const g = new Greeter(DEFAULT_GREETING);
console.log(g.greet("world"), total([1, 2, 3.5]), total([]));
