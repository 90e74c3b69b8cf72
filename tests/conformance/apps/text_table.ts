// A text-table formatter: column widths, alignment by type, wrapping long cells, borders, totals.
type Align = "left" | "right" | "center";
interface Column {
  title: string;
  align?: Align;
  maxWidth?: number;
  format?: (v: string | number) => string;
}
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(" ")) {
      let w = word;
      while (w.length > width) {
        if (line.length > 0) {
          out.push(line);
          line = "";
        }
        out.push(w.slice(0, width));
        w = w.slice(width);
      }
      if (line.length === 0) line = w;
      else if (line.length + 1 + w.length <= width) line += " " + w;
      else {
        out.push(line);
        line = w;
      }
    }
    out.push(line);
  }
  return out;
}
function alignCell(s: string, width: number, align: Align): string {
  if (align === "right") return s.padStart(width);
  if (align === "left") return s.padEnd(width);
  const left = Math.floor((width - s.length) / 2);
  return " ".repeat(left) + s + " ".repeat(width - s.length - left);
}
function render(cols: Column[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((v, i) => (cols[i].format ? cols[i].format!(v) : String(v))));
  const widths = cols.map((c, i) => {
    const natural = Math.max(c.title.length, ...cells.map((r) => Math.max(...r[i].split("\n").map((l) => l.length))));
    return c.maxWidth !== undefined ? Math.min(natural, c.maxWidth) : natural;
  });
  const sep = "+" + widths.map((w) => "-".repeat(w + 2)).join("+") + "+";
  const out = [sep, "|" + cols.map((c, i) => " " + alignCell(c.title, widths[i], "center") + " ").join("|") + "|", sep.replaceAll("-", "=")];
  for (const r of cells) {
    const wrapped = r.map((s, i) => wrap(s, widths[i]));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let line = 0; line < height; line++) {
      out.push("|" + wrapped.map((w, i) => " " + alignCell(w[line] ?? "", widths[i], cols[i].align ?? (typeof rows[0][i] === "number" ? "right" : "left")) + " ").join("|") + "|");
    }
    out.push(sep);
  }
  return out.join("\n");
}
const money = (v: string | number) => (typeof v === "number" ? v.toFixed(2) : v);
const cols: Column[] = [{ title: "#" }, { title: "Item", maxWidth: 14 }, { title: "Qty" }, { title: "Price", format: money }, { title: "Status", align: "center" }];
const rows: (string | number)[][] = [
  [1, "Widget", 4, 2.5, "ok"],
  [2, "A much longer item description that wraps", 1, 1999.999, "backorder"],
  [3, "Gadget", 12, 0.1 + 0.2, "ok"],
  [4, "Supercalifragilisticexpialidocious", 0, 0, "n/a"],
];
console.log(render(cols, rows));
const total = rows.reduce((s, r) => s + (r[2] as number) * (r[3] as number), 0);
console.log("total:", total.toFixed(2), "items:", rows.length);
console.log(render([{ title: "k" }, { title: "v", align: "right" }], [["multi\nline", "x"], ["", ""]]));
