import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The code block of README.md's section `heading` (a `##` or `###` line, up to the next heading of any level), as
 * written there: tests run the README's snippets themselves, so that a test fails when the README drifts from what
 * works.
 */
export function readmeSnippet(heading: string, language = "js"): string {
  const readme = readFileSync(path.resolve(__dirname, "../README.md"), "utf8");
  const start = readme.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`README.md has no section "${heading}"`);
  const next = readme.slice(start + heading.length + 2).search(/^#{1,6} /mu);
  const section = readme.slice(start, next === -1 ? undefined : start + heading.length + 2 + next);
  const blocks = [...section.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, "gmu"))];
  if (blocks.length !== 1) throw new Error(`README.md's "${heading}" has ${blocks.length} \`\`\`${language} blocks, not one`);
  return blocks[0]![1]!;
}
