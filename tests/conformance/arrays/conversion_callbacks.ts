const nums = [3, 1.5, -0, NaN];
console.log(nums.map(String).join("|"), ["1", " 2 ", "x", ""].map(Number).join("|"));
console.log([0, 1, "", "a"].filter(Boolean).length, ["a", "", "b"].filter(Boolean).join(), [1, 0].some(Boolean), [true, false].every(Boolean));
console.log(["10", "9", "100"].map(Number).sort((a, b) => a - b).join());
console.log([1.5, 2.5, -0.5].map(Math.round).join(","), [4, 9].map(Math.sqrt).join(), [-1, 2].map(Math.abs).join(), [1.7].map(Math.floor)[0]);
