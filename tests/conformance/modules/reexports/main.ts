// Imports everything through a barrel module with re-exports.
import { alpha, A_VALUE, beta, B_VALUE, publicName, internalName, SUM } from "./index";
console.log(alpha(), A_VALUE, beta(21), B_VALUE, publicName(), internalName(), SUM);
console.log(publicName === internalName);
