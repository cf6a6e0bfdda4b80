/** Lines of context around each change, as `diff -u` prints. */
const CONTEXT = 3;
/** Past this many lines × lines in the changed middle, the middle is shown as replaced whole rather than aligned. */
const MAX_ALIGNED_CELLS = 4_000_000;

type Edit = { readonly kind: " " | "-" | "+"; readonly line: string };

/** The edits turning `before` into `after`: common lines kept, the rest aligned by a longest common subsequence. */
function edits(before: readonly string[], after: readonly string[]): Edit[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const a = before.slice(start, endBefore);
  const b = after.slice(start, endAfter);
  const middle: Edit[] = [];
  if (a.length * b.length > MAX_ALIGNED_CELLS) {
    middle.push(...a.map((line) => ({ kind: "-" as const, line })), ...b.map((line) => ({ kind: "+" as const, line })));
  } else {
    // lengths[i][j]: the longest common subsequence of a[i…] and b[j…].
    const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = b.length - 1; j >= 0; j--) {
        lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        middle.push({ kind: " ", line: a[i++]! });
        j++;
      } else if (i < a.length && (j === b.length || lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
        // Removed lines before added ones, as `diff -u` prints them.
        middle.push({ kind: "-", line: a[i++]! });
      } else {
        middle.push({ kind: "+", line: b[j++]! });
      }
    }
  }
  return [
    ...before.slice(0, start).map((line) => ({ kind: " " as const, line })),
    ...middle,
    ...before.slice(endBefore).map((line) => ({ kind: " " as const, line })),
  ];
}

/** A text's lines; the empty string after a final newline is no line. */
function lines(text: string): string[] {
  const all = text.split("\n");
  if (all.at(-1) === "") all.pop();
  return all;
}

/** A unified diff of two texts (`--- a/file`, `+++ b/file`, `@@` hunks); empty when they are equal. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return "";
  const all = edits(lines(before), lines(after));
  const changed = all.flatMap((edit, index) => (edit.kind === " " ? [] : [index]));
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let next = 0;
  while (next < changed.length) {
    const first = Math.max(0, changed[next]! - CONTEXT);
    let last = changed[next]!;
    // Changes closer than twice the context share a hunk.
    while (next + 1 < changed.length && changed[next + 1]! - last <= 2 * CONTEXT) last = changed[++next]!;
    next++;
    const end = Math.min(all.length - 1, last + CONTEXT);
    const hunk = all.slice(first, end + 1);
    let oldStart = 1;
    let newStart = 1;
    for (const edit of all.slice(0, first)) {
      if (edit.kind !== "+") oldStart++;
      if (edit.kind !== "-") newStart++;
    }
    const oldCount = hunk.filter((edit) => edit.kind !== "+").length;
    const newCount = hunk.filter((edit) => edit.kind !== "-").length;
    out.push(
      `@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`,
      ...hunk.map((edit) => `${edit.kind}${edit.line}`),
    );
  }
  return `${out.join("\n")}\n`;
}
