/**
 * The no-copy rule of the project: our text may share facts with the upstream GGI handbook but no
 * run of 10 or more consecutive words (issue 3). URLs are facts and are left out of the comparison.
 */

/** Words of a text for comparison: URLs removed, lower-cased, punctuation dropped, split on white space. */
export function comparableWords(text: string): string[] {
  return text
    .replace(/https?:\/\/[^\s)>\]]+/g, ' ')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

/** Every run of `n` consecutive words of `words`, joined by spaces. */
function windows(words: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/**
 * The runs of `n` (default 10) consecutive words that `ours` shares with any of `sources`,
 * after `comparableWords`. An empty list means the rule holds.
 */
export function sharedRuns(ours: string, sources: readonly string[], n = 10): string[] {
  const theirs = new Set<string>();
  for (const s of sources) for (const w of windows(comparableWords(s), n)) theirs.add(w);
  return [...windows(comparableWords(ours), n)].filter((w) => theirs.has(w));
}
