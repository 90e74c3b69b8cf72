// A markdown-ish to HTML converter: headings, paragraphs, lists, code blocks, emphasis, links, escaping.
function escapeHtml(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
function inline(text: string): string {
  let out = "";
  let i = 0;
  const stack: string[] = [];
  while (i < text.length) {
    const c = text[i];
    if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i) {
        out += "<code>" + escapeHtml(text.slice(i + 1, end)) + "</code>";
        i = end + 1;
        continue;
      }
    }
    if (c === "[") {
      const close = text.indexOf("](", i);
      const paren = close < 0 ? -1 : text.indexOf(")", close);
      if (close > i && paren > close) {
        out += `<a href="${escapeHtml(text.slice(close + 2, paren))}">${inline(text.slice(i + 1, close))}</a>`;
        i = paren + 1;
        continue;
      }
    }
    if (text.startsWith("**", i)) {
      if (stack[stack.length - 1] === "strong") {
        stack.pop();
        out += "</strong>";
      } else {
        stack.push("strong");
        out += "<strong>";
      }
      i += 2;
      continue;
    }
    if (c === "*" || c === "_") {
      if (stack[stack.length - 1] === "em") {
        stack.pop();
        out += "</em>";
      } else {
        stack.push("em");
        out += "<em>";
      }
      i++;
      continue;
    }
    if (c === "\\" && i + 1 < text.length) {
      out += escapeHtml(text[i + 1]);
      i += 2;
      continue;
    }
    out += escapeHtml(c);
    i++;
  }
  while (stack.length > 0) out += "</" + stack.pop() + ">";
  return out;
}
function convert(md: string): string {
  const html: string[] = [];
  const lines = md.split("\n");
  let para: string[] = [];
  let list: "ul" | "ol" | null = null;
  const endPara = () => {
    if (para.length > 0) html.push("<p>" + inline(para.join(" ")) + "</p>");
    para = [];
  };
  const endList = () => {
    if (list !== null) html.push(`</${list}>`);
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed.startsWith("```")) {
      endPara();
      endList();
      const lang = trimmed.slice(3);
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith("```"); i++) body.push(escapeHtml(lines[i]));
      html.push(`<pre${lang ? ` class="lang-${lang}"` : ""}><code>${body.join("\n")}</code></pre>`);
      continue;
    }
    let level = 0;
    while (level < trimmed.length && trimmed[level] === "#") level++;
    if (level >= 1 && level <= 6 && trimmed[level] === " ") {
      endPara();
      endList();
      html.push(`<h${level}>${inline(trimmed.slice(level + 1).trim())}</h${level}>`);
      continue;
    }
    const bullet = trimmed.startsWith("- ") || trimmed.startsWith("* ");
    const dot = trimmed.indexOf(". ");
    const numbered = dot > 0 && [...trimmed.slice(0, dot)].every((ch) => ch >= "0" && ch <= "9");
    if (bullet || numbered) {
      endPara();
      const kind = bullet ? "ul" : "ol";
      if (list !== kind) {
        endList();
        html.push(`<${kind}>`);
        list = kind;
      }
      html.push("  <li>" + inline(bullet ? trimmed.slice(2) : trimmed.slice(dot + 2)) + "</li>");
      continue;
    }
    if (trimmed === "") {
      endPara();
      endList();
      continue;
    }
    if (trimmed === "---") {
      endPara();
      endList();
      html.push("<hr>");
      continue;
    }
    endList();
    para.push(trimmed);
  }
  endPara();
  endList();
  return html.join("\n");
}
const doc = `# Yao *unikernel* notes

This is **bold**, this is _emphasis_, and this is \`code <b>\` with a [link](https://example.org/?a=1&b=2).
A second line of the same paragraph & more.

## Lists
- first item
- second **item**
* third with \\*escaped\\* stars
1. one
2. two
10. ten

### Code
\`\`\`ts
const x = a < b && c > d;
\`\`\`
---
Unclosed *emphasis and **strong
####### not a heading
#also not`;
console.log(convert(doc));
