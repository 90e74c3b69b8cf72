// parseFloat: the longest prefix that is a decimal literal; no hex, no separators.
const inputs = ["3.14", "3.14abc", ".5", "-.5", "+.5e1", "5.", "-5.e-1x", "1e", "1e+", "1e+5", "1E-5", "1e1000",
  "-1e1000", "1e-400", "Infinity", "-Infinityx", "+Infinity", "infinity", "NaN", "0x10", "  \n 2.5", "",
  "-", ".", "-0", "-0.0e5", "0.1e-6", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324",
  "2.4703282292062328e-324", "123456789012345678901234567890", "00012.50", "1,5", "1_5", "٣"];
for (const s of inputs) {
  console.log(s.length, parseFloat(s));
}
