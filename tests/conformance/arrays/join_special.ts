// join: null and undefined become empty strings, nested arrays join with commas, objects use toString.
const a = [1, null, undefined, 2];
console.log(a.join("-"), a.join(), a.toString());
const nested = [[1, 2], [3, [4, 5]], []];
console.log(nested.join(";"), String(nested));
class T {
  toString(): string {
    return "T!";
  }
}
console.log([new T(), new T()].join(" "), [true, false].join(), [-0, 0].join());
