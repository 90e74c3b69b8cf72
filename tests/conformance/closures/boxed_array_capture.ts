function convert(lines: string[]): string {
  const html: string[] = [];
  let para: string[] = [];
  const endPara = (): void => {
    if (para.length > 0) html.push("<p>" + para.join(" ") + "</p>");
    para = [];
  };
  for (const l of lines) { if (l === "") endPara(); else para.push(l); }
  endPara();
  return html.join("\n");
}
console.log(convert(["a", "b", "", "c"]));
