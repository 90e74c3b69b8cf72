// A CSV parser (RFC 4180 quoting) with per-column statistics: count, mean, median, stddev, min/max.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
    i++;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
interface Stats {
  n: number;
  missing: number;
  mean: number;
  median: number;
  std: number;
  min: number;
  max: number;
}
function stats(values: string[]): Stats | null {
  const nums: number[] = [];
  let missing = 0;
  for (const v of values) {
    const t = v.trim();
    if (t === "" || t.toUpperCase() === "NA") missing++;
    else {
      const n = Number(t);
      if (Number.isNaN(n)) return null;
      nums.push(n);
    }
  }
  if (nums.length === 0) return null;
  const sorted = nums.slice().sort((a, b) => a - b);
  const mean = nums.reduce((a, b) => a + b, 0) / nums.length;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const variance = nums.reduce((a, b) => a + (b - mean) ** 2, 0) / (nums.length > 1 ? nums.length - 1 : 1);
  return { n: nums.length, missing, mean, median, std: Math.sqrt(variance), min: sorted[0], max: sorted[sorted.length - 1] };
}
const DATA = `city,country,population,area_km2,founded,notes
Tokyo,Japan,13960000,2194,1457,"capital, ""Edo"" before 1868"
Delhi,India,16787941,1484,NA,
"São Paulo",Brazil,12325232,1521,1554,"line one
line two"
Lagos,Nigeria,,1171,1472,plain
Zürich,Switzerland,421878,87.88,-15,"pre-Roman ""Turicum"""
Reykjavík,Iceland,131136,273,874,\r
`;
const rows = parseCsv(DATA);
const header = rows[0];
const body = rows.slice(1).filter((r) => r.length > 1);
console.log("rows", body.length, "cols", header.length, "ragged", body.filter((r) => r.length !== header.length).length);
for (const r of body) console.log(r.map((f) => JSON.stringify(f)).join(" | "));
for (let c = 0; c < header.length; c++) {
  const s = stats(body.map((r) => r[c] ?? ""));
  if (s === null) {
    const distinct = new Set(body.map((r) => r[c]));
    console.log(header[c].padEnd(11), "text, distinct", distinct.size);
  } else {
    console.log(header[c].padEnd(11), `n=${s.n} missing=${s.missing} mean=${s.mean.toFixed(3)} median=${s.median} std=${s.std.toFixed(3)} min=${s.min} max=${s.max}`);
  }
}
const density = body.filter((r) => r[2] !== "").map((r) => [r[0], Number(r[2]) / Number(r[3])] as [string, number]).sort((a, b) => b[1] - a[1]);
console.log(density.map(([name, d]) => `${name}:${Math.round(d)}`).join(", "));
console.log(JSON.stringify(parseCsv('a,"b,c",d\n"",x,""""\n')), JSON.stringify(parseCsv("")));
