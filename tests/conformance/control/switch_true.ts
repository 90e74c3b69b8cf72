// switch (true) with boolean case expressions, evaluated in order until one matches.
function bucket(n: number): string {
  switch (true) {
    case n < 0:
      return "negative";
    case n === 0:
      return "zero";
    case n < 10:
      return "small";
    case n < 100:
      return "medium";
    default:
      return "large";
  }
}
console.log([-5, 0, 3, 42, 1000, NaN].map(bucket).join(" "));
