// Malformed JSON throws SyntaxError (messages differ between engines, so only names are printed).
const bad = ["", "{", "[1,]", "{'a':1}", "01", "1.", ".5", "+1", "NaN", "[1 2]", '"unterminated', '{"a":1,}', "tru", '"\\x41"', "\u00a01"];
for (const s of bad) {
  try {
    JSON.parse(s);
    console.log(JSON.stringify(s), "parsed?!");
  } catch (e) {
    console.log(JSON.stringify(s), e instanceof SyntaxError, (e as Error).name);
  }
}
const ok = [" 1 ", "\n[\t1\r]", '"\\u0041"', "1E+2", "-0.0e-0"];
for (const s of ok) console.log(JSON.stringify(s), JSON.stringify(JSON.parse(s)));
