// Case mapping beyond ASCII: Latin-1, Greek (final sigma), German sharp s, Turkish dotted I, Cyrillic.
const samples = ["café", "ÉCOLE", "straße", "ΣΊΣΥΦΟΣ", "Σ", "ΑΣ ΑΣ.", "İstanbul", "ıi", "Москва", "ǅ", "ﬁ", "ŉ", "Ω", "ÿ", "µ"];
for (const s of samples) {
  const up = s.toUpperCase();
  const low = s.toLowerCase();
  console.log(s, up, up.length, low, low.length);
}
