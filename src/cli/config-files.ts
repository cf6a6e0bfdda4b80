import { readFileSync, statSync } from "node:fs";
import path from "node:path";

import { modelShutdownOf } from "../models";
import { CliError } from "./args";

/** A model id of the shutdown table set as the value of a model-named key in a configuration file. */
export interface ConfigModel {
  readonly file: string;
  /** 1-based, at the id's first character. */
  readonly line: number;
  readonly column: number;
  readonly key: string;
  readonly id: string;
}

/** A key named like a model setting: `OPENAI_MODEL`, `model`, `defaultModel`, `embedding-model`. */
const MODEL_KEY = /model/iu;
/** Larger files are data (fixtures, dumps), not settings: left out, so that a tree of them stays fast. */
const MAX_BYTES = 1 << 20;

/** `KEY=value`, `export KEY="value"`, with an optional comment after. */
const ENV_LINE = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(["']?)([^"'\s#]+)\2\s*(?:#.*)?$/u;
/** `"key": "value"` anywhere on a line (JSON allows several pairs per line). */
const JSON_PAIR = /"([^"\\]*)"\s*:\s*"([^"\\]*)"/gu;
/** `key: value`, `- key: "value"`, `"key": 'value'`, with an optional comment after. */
const YAML_LINE = /^(\s*(?:-\s+)?)(["']?)([\w.-]+)\2\s*:\s+(["']?)([^"'#\s]+)\4\s*(?:#.*)?$/u;

function kindOf(file: string): "env" | "json" | "yaml" {
  const name = path.basename(file);
  if (name === ".env" || name.startsWith(".env.")) return "env";
  return /\.json$/u.test(name) ? "json" : "yaml";
}

/** The shutdown-table model ids a configuration file sets, in file order. */
export function scanConfigFile(file: string, text: string): ConfigModel[] {
  const kind = kindOf(file);
  const found: ConfigModel[] = [];
  const add = (line: number, column: number, key: string, id: string): void => {
    if (MODEL_KEY.test(key) && modelShutdownOf(id) !== undefined) found.push({ file, line, column, key, id });
  };
  text.split(/\r\n|[\r\n]/u).forEach((content, index) => {
    if (kind === "env") {
      const match = ENV_LINE.exec(content);
      if (match !== null) add(index + 1, content.indexOf(match[3]!, content.indexOf("=")) + 1, match[1]!, match[3]!);
    } else if (kind === "json") {
      for (const match of content.matchAll(JSON_PAIR)) {
        const valueAt = match.index + match[0].lastIndexOf(`"${match[2]!}"`) + 1;
        add(index + 1, valueAt + 1, match[1]!, match[2]!);
      }
    } else {
      const match = YAML_LINE.exec(content);
      if (match !== null) add(index + 1, content.indexOf(match[5]!, content.indexOf(":", match[1]!.length)) + 1, match[3]!, match[5]!);
    }
  });
  return found;
}

/** The model ids set in the given configuration files; a file too large to be a setting is left out. */
export function scanConfigFiles(files: readonly string[], cwd: string): ConfigModel[] {
  return files.flatMap((file) => {
    try {
      if (statSync(file).size > MAX_BYTES) return [];
      return scanConfigFile(file, readFileSync(file, "utf8"));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new CliError(`cannot read ${path.relative(cwd, file).split(path.sep).join("/")}: ${code}`);
    }
  });
}
