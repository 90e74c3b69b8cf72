// Setting process.exitCode lets the program finish normally and then exit with that status.
let failures = 0;
const expected = [1, 4, 9, 16, 26];
for (let i = 0; i < expected.length; i++) {
  const got = (i + 1) * (i + 1);
  const ok = got === expected[i];
  console.log("check", i, got, ok ? "ok" : "FAIL");
  if (!ok) failures++;
}
console.log("failures", failures);
if (failures > 0) process.exitCode = 3;
console.log("still running after setting exitCode");
