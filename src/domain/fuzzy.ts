/**
 * Edit distance (Damerau–Levenshtein, optimal string alignment) between two strings, stopping early once it must
 * exceed `max`: a typo ("Sweeden", "Choe Son-hu") is one or two edits from the name meant.
 */
export const editDistance = (a: string, b: string, max = Infinity): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_x, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
};

/** How many edits a query of this length may be off by and still be a suggestion. */
export const typoAllowance = (length: number): number => (length <= 3 ? 0 : length <= 6 ? 1 : length <= 12 ? 2 : 3);
