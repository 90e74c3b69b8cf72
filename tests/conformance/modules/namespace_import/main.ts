// import * as ns: members accessed through the namespace.
import * as geo from "./geometry";
const p = new geo.Pt(3, 4);
console.log(geo.dist(geo.ORIGIN_X, 0, p.x, p.y), p instanceof geo.Pt, geo.dist(1, 1, 1, 1));
