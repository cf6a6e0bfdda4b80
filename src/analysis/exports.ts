import { type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import { readFileSync, statSync } from "node:fs";
import path from "node:path";

import { isInNodeModules, resolveModuleFile } from "./module-files";
import { importSpecifierBinding, moduleBindingOf, moduleSourceOf, type FindVariable, type ModuleBinding } from "./modules";

/**
 * What a module exports, read the way eslint-plugin-import's ExportMap reads it: the module is parsed once with the
 * parser the linted file uses, its exports recorded (names and the expressions that give their values, re-exports
 * followed lazily), and the record kept by path and content (modification time and size), so that an edit is seen.
 * A module that cannot be resolved, read or parsed is unknown (`null`), never an error; so is a cycle.
 *
 * The values asked for are the ones a request can take from another module: strings (a model id), objects (settings,
 * a request body to spread), their properties, enum members, a class's static fields and getters.
 */

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** A value read from a module. `null` stands for unknown wherever one is returned. */
export type ModuleValue =
  | { readonly kind: "string"; readonly value: string; readonly file: string; readonly line: number }
  | { readonly kind: "object"; readonly module: ModuleRecord; readonly node: TSESTree.ObjectExpression }
  | { readonly kind: "class"; readonly module: ModuleRecord; readonly node: ClassNode }
  | { readonly kind: "enum"; readonly module: ModuleRecord; readonly node: TSESTree.TSEnumDeclaration }
  | { readonly kind: "function"; readonly module: ModuleRecord; readonly node: FunctionNode }
  | { readonly kind: "module"; readonly module: ModuleRecord };

/** A member known not to be there (an object without the key): a spread before it may still hold it. */
const MISSING = Symbol("missing");
type Member = ModuleValue | null | typeof MISSING;

/** What a top-level name of a module holds. */
type TopBinding =
  | { readonly kind: "init"; readonly init: TSESTree.Expression; readonly path: readonly string[] }
  | { readonly kind: "node"; readonly node: ClassNode | TSESTree.TSEnumDeclaration | TSESTree.FunctionDeclaration }
  | { readonly kind: "import"; readonly binding: ModuleBinding };

type ExportEntry =
  | { readonly kind: "local"; readonly name: string }
  | { readonly kind: "expression"; readonly node: TSESTree.Node }
  | { readonly kind: "reexport"; readonly source: string; readonly imported: string | null };

/** The parser settings modules are read with: the linted file's. */
export interface ParserSettings {
  readonly parser: unknown;
  readonly parserOptions: Readonly<Record<string, unknown>>;
  /**
   * The linted file itself: a module that imports it back (`a.ts` re-exports from `b.ts`, which imports `a.ts`) reads
   * the text being linted (an editor's unsaved buffer), not what is on disk.
   */
  readonly self?: { readonly file: string; readonly program: TSESTree.Program };
}

/** One module's declarations and exports. Built from a parsed program; the nodes are the program's. */
export class ModuleRecord {
  readonly file: string;
  readonly #top = new Map<string, TopBinding | null>();
  readonly #exports = new Map<string, ExportEntry>();
  readonly #stars: string[] = [];
  /** CommonJS: the value of `module.exports =` (or TypeScript's `export =`), and `exports.x =` / `module.exports.x =`. */
  #whole: TSESTree.Expression | null = null;
  readonly #members = new Map<string, TSESTree.Expression>();
  #esm = false;
  readonly #mutated = new Set<string>();

  constructor(file: string, program: TSESTree.Program) {
    this.file = file;
    for (const statement of program.body) this.#read(statement);
  }

  #declare(name: string, binding: TopBinding): void {
    // A name declared twice (`var` and `function`, overloads) is not followed.
    this.#top.set(name, this.#top.has(name) ? null : binding);
  }

  #read(statement: TSESTree.ProgramStatement): void {
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
        this.#esm = true;
        if (statement.importKind === "type") return;
        for (const specifier of statement.specifiers) {
          const binding = importSpecifierBinding(specifier, statement);
          if (binding !== null) this.#declare(specifier.local.name, { kind: "import", binding });
        }
        return;
      case AST_NODE_TYPES.TSImportEqualsDeclaration: {
        const binding = importSpecifierBinding(statement);
        if (binding !== null) this.#declare(statement.id.name, { kind: "import", binding });
        return;
      }
      case AST_NODE_TYPES.VariableDeclaration:
        this.#readDeclaration(statement);
        return;
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.TSEnumDeclaration:
      case AST_NODE_TYPES.FunctionDeclaration:
        if (statement.id !== null) this.#declare(statement.id.name, { kind: "node", node: statement });
        return;
      case AST_NODE_TYPES.ExportNamedDeclaration:
        this.#esm = true;
        this.#readNamedExport(statement);
        return;
      case AST_NODE_TYPES.ExportDefaultDeclaration: {
        this.#esm = true;
        const declaration = statement.declaration;
        if ((declaration.type === AST_NODE_TYPES.ClassDeclaration || declaration.type === AST_NODE_TYPES.FunctionDeclaration) && declaration.id !== null) {
          this.#declare(declaration.id.name, { kind: "node", node: declaration });
        }
        this.#exports.set(
          "default",
          declaration.type === AST_NODE_TYPES.Identifier ? { kind: "local", name: declaration.name } : { kind: "expression", node: declaration },
        );
        return;
      }
      case AST_NODE_TYPES.ExportAllDeclaration:
        this.#esm = true;
        if (statement.exportKind === "type") return;
        if (statement.exported === null) this.#stars.push(statement.source.value);
        else this.#exports.set(nameOf(statement.exported), { kind: "reexport", source: statement.source.value, imported: null });
        return;
      case AST_NODE_TYPES.TSExportAssignment:
        this.#whole = statement.expression;
        return;
      case AST_NODE_TYPES.ExpressionStatement:
        this.#readCommonJsExport(statement.expression);
        this.#readMutation(statement.expression);
        return;
      default:
        return;
    }
  }

  #readDeclaration(declaration: TSESTree.VariableDeclaration): void {
    for (const declarator of declaration.declarations) {
      // Only `const`: a `let` or `var` may be assigned anywhere later, which a module's top level does not show.
      const init = declaration.kind === "const" ? declarator.init : null;
      for (const [name, path] of patternPaths(declarator.id, [])) {
        if (init === null || path === null) this.#top.set(name, null);
        else this.#declare(name, { kind: "init", init, path });
      }
    }
  }

  #readNamedExport(statement: TSESTree.ExportNamedDeclaration): void {
    if (statement.exportKind === "type") return;
    const declaration = statement.declaration;
    if (declaration !== null) {
      if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
        this.#readDeclaration(declaration);
        for (const declarator of declaration.declarations) {
          for (const name of boundNames(declarator.id)) this.#exports.set(name, { kind: "local", name });
        }
      } else if (
        (declaration.type === AST_NODE_TYPES.ClassDeclaration ||
          declaration.type === AST_NODE_TYPES.TSEnumDeclaration ||
          declaration.type === AST_NODE_TYPES.FunctionDeclaration) &&
        declaration.id !== null
      ) {
        this.#declare(declaration.id.name, { kind: "node", node: declaration });
        this.#exports.set(declaration.id.name, { kind: "local", name: declaration.id.name });
      }
      return;
    }
    for (const specifier of statement.specifiers) {
      if (specifier.exportKind === "type") continue;
      const exported = nameOf(specifier.exported);
      const local = nameOf(specifier.local);
      this.#exports.set(
        exported,
        statement.source === null ? { kind: "local", name: local } : { kind: "reexport", source: statement.source.value, imported: local },
      );
    }
  }

  /** `module.exports = …`, `module.exports.x = …`, `exports.x = …` at the top level. */
  #readCommonJsExport(expression: TSESTree.Expression): void {
    if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== "=" || expression.left.type !== AST_NODE_TYPES.MemberExpression) return;
    const left = expression.left;
    if (isModuleExports(left)) {
      this.#whole = expression.right;
      this.#members.clear();
      return;
    }
    const name = memberName(left);
    if (name !== null && (isModuleExports(left.object) || (left.object.type === AST_NODE_TYPES.Identifier && left.object.name === "exports"))) {
      this.#members.set(name, expression.right);
    }
  }

  /**
   * `settings.chat.model = …` or `Object.assign(settings, …)` at the top level: the object is not what its initializer
   * says, and is not followed.
   */
  #readMutation(expression: TSESTree.Expression): void {
    let target: TSESTree.Node | undefined;
    if (expression.type === AST_NODE_TYPES.AssignmentExpression && expression.left.type === AST_NODE_TYPES.MemberExpression) {
      target = expression.left;
    } else if (expression.type === AST_NODE_TYPES.CallExpression && expression.callee.type === AST_NODE_TYPES.MemberExpression && memberName(expression.callee) === "assign") {
      target = expression.arguments[0];
    }
    while (target?.type === AST_NODE_TYPES.MemberExpression) target = target.object;
    if (target?.type === AST_NODE_TYPES.Identifier && target.name !== "module" && target.name !== "exports") this.#mutated.add(target.name);
  }

  /** The module's value for `imported` (`null`: the whole module, as a namespace import or `require` gives it). */
  exportOf(imported: string | null, reader: ModuleReader, guard: Guard): ModuleValue | null {
    if (imported === null) return this.#esm || this.#whole === null || this.#members.size > 0 ? { kind: "module", module: this } : reader.evaluate(this, this.#whole, guard);
    if (!this.#esm) {
      if (imported === "default") return this.exportOf(null, reader, guard);
      const member = this.#members.get(imported);
      if (member !== undefined) return reader.evaluate(this, member, guard);
      if (this.#whole === null) return null;
      const whole = reader.evaluate(this, this.#whole, guard);
      const value = whole === null ? null : reader.member(whole, imported, guard);
      return value === MISSING ? null : value;
    }
    const key = `${this.file}\0${imported}`;
    if (guard.exporting.has(key)) return null;
    guard.exporting.add(key);
    try {
      const entry = this.#exports.get(imported);
      if (entry !== undefined) {
        switch (entry.kind) {
          case "local":
            return reader.evaluateName(this, entry.name, guard);
          case "expression":
            return reader.evaluate(this, entry.node, guard);
          case "reexport": {
            const target = reader.readImport(entry.source, this.file);
            return target === null ? null : target.exportOf(entry.imported, reader, guard);
          }
        }
      }
      if (imported === "default") return null;
      for (const source of this.#stars) {
        const value = reader.readImport(source, this.file)?.exportOf(imported, reader, guard) ?? null;
        if (value !== null) return value;
      }
      return null;
    } finally {
      guard.exporting.delete(key);
    }
  }

  topBinding(name: string): TopBinding | null {
    return this.#mutated.has(name) ? null : (this.#top.get(name) ?? null);
  }
}

/** Work left for one question, and the exports being read (a cycle of re-exports meets itself and ends as unknown). */
export interface Guard {
  steps: number;
  readonly exporting: Set<string>;
}

/** Steps one question may take across modules; real settings modules need a handful. */
const MAX_STEPS = 64;

/** The guard of one question asked of the modules: its budget of steps, and the exports being read. */
function newGuard(): Guard {
  return { steps: MAX_STEPS, exporting: new Set() };
}

interface CachedModule {
  readonly mtimeMs: number;
  readonly size: number;
  readonly parser: unknown;
  readonly record: ModuleRecord | null;
}

/** Parsed modules, for the whole process, by path; a change of modification time or size reads the file again. */
const modules = new Map<string, CachedModule>();
/** How many times a module was parsed: tests count work with it. */
export const moduleReadStats = { parses: 0 };

/** Forgets every parsed module (tests). */
export function clearModuleCache(): void {
  modules.clear();
}

/**
 * Reads other modules for one linted file, with that file's parser settings. Asked only when a value that reaches a
 * request position is an imported binding the file cannot resolve itself: a file without one reads nothing.
 */
export class ModuleReader {
  readonly #settings: ParserSettings;
  #self: ModuleRecord | undefined;

  constructor(settings: ParserSettings) {
    this.#settings = settings;
  }

  /** The value a binding of the linted file `fromFile` reads from its module, or `null`. Never throws. */
  valueOf(binding: ModuleBinding, fromFile: string): ModuleValue | null {
    // A package's own file imports that package's modules, which are never followed: no file system work for it.
    if (isInNodeModules(fromFile)) return null;
    try {
      const guard = newGuard();
      const record = this.readImport(binding.source, fromFile);
      if (record === null) return null;
      let value = record.exportOf(binding.imported, this, guard);
      for (const name of binding.members) {
        if (value === null) return null;
        const member = this.member(value, name, guard);
        value = member === MISSING ? null : member;
      }
      return value;
    } catch {
      return null;
    }
  }

  /**
   * The string an imported binding of the linted file holds in its module (`API_BASE` after
   * `import { API_BASE } from "./config"`), or `null`. The `openai` package's own exports are not read.
   */
  stringOf(node: TSESTree.Node, findVariable: FindVariable, fromFile: string): ModuleValue & { readonly kind: "string" } | null {
    const binding = moduleBindingOf(node, findVariable);
    if (binding === null || binding.source === "openai" || binding.source.startsWith("openai/")) return null;
    const value = this.valueOf(binding, fromFile);
    return value?.kind === "string" ? value : null;
  }

  /** The module `source` names from `fromFile`, read and parsed (once per content), or `null`. */
  readImport(source: string, fromFile: string): ModuleRecord | null {
    const file = resolveModuleFile(source, fromFile);
    return file === null ? null : this.read(file);
  }

  read(file: string): ModuleRecord | null {
    const self = this.#settings.self;
    if (self !== undefined && file === self.file) {
      this.#self ??= new ModuleRecord(self.file, self.program);
      return this.#self;
    }
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat === undefined || !stat.isFile()) return null;
    const cached = modules.get(file);
    if (cached !== undefined && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.parser === this.#settings.parser) {
      return cached.record;
    }
    let record: ModuleRecord | null;
    moduleReadStats.parses++;
    try {
      const program = parseModule(file, readFileSync(file, "utf8"), this.#settings);
      record = program === null ? null : new ModuleRecord(file, program);
    } catch {
      record = null;
    }
    modules.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, parser: this.#settings.parser, record });
    return record;
  }

  /** The value of a top-level name of `module`. */
  evaluateName(module: ModuleRecord, name: string, guard: Guard): ModuleValue | null {
    const binding = module.topBinding(name);
    if (binding === null || --guard.steps < 0) return null;
    switch (binding.kind) {
      case "node":
        if (binding.node.type === AST_NODE_TYPES.FunctionDeclaration) return { kind: "function", module, node: binding.node };
        return binding.node.type === AST_NODE_TYPES.TSEnumDeclaration
          ? { kind: "enum", module, node: binding.node }
          : { kind: "class", module, node: binding.node };
      case "import": {
        const target = this.readImport(binding.binding.source, module.file);
        return this.#members(target?.exportOf(binding.binding.imported, this, guard) ?? null, binding.binding.members, guard);
      }
      case "init":
        return this.#members(this.evaluate(module, binding.init, guard), binding.path, guard);
    }
  }

  #members(value: ModuleValue | null, names: readonly string[], guard: Guard): ModuleValue | null {
    for (const name of names) {
      if (value === null) return null;
      const member = this.member(value, name, guard);
      value = member === MISSING ? null : member;
    }
    return value;
  }

  /** The value of an expression of `module`, evaluated at its top level. */
  evaluate(module: ModuleRecord, node: TSESTree.Node, guard: Guard): ModuleValue | null {
    if (--guard.steps < 0) return null;
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return typeof node.value === "string" ? { kind: "string", value: node.value, file: module.file, line: node.loc.start.line } : null;
      case AST_NODE_TYPES.TemplateLiteral:
        return node.expressions.length === 0 && node.quasis[0]!.value.cooked != null
          ? { kind: "string", value: node.quasis[0]!.value.cooked, file: module.file, line: node.loc.start.line }
          : null;
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        return this.evaluate(module, node.expression, guard);
      case AST_NODE_TYPES.ObjectExpression:
        return { kind: "object", module, node };
      case AST_NODE_TYPES.ClassExpression:
      case AST_NODE_TYPES.ClassDeclaration:
        return { kind: "class", module, node };
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return { kind: "function", module, node };
      case AST_NODE_TYPES.Identifier:
        return this.evaluateName(module, node.name, guard);
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberName(node);
        const object = name === null ? null : this.evaluate(module, node.object, guard);
        if (object === null) return null;
        const member = this.member(object, name!, guard);
        return member === MISSING ? null : member;
      }
      case AST_NODE_TYPES.LogicalExpression: {
        // `process.env.MODEL ?? "gpt-4o"`: the default is what is sent wherever the environment does not say.
        if (node.operator === "&&") return null;
        const left = this.evaluate(module, node.left, guard);
        if (left?.kind === "string") return left.value === "" && node.operator === "||" ? this.evaluate(module, node.right, guard) : left;
        if (left !== null) return null;
        const right = this.evaluate(module, node.right, guard);
        return right?.kind === "string" ? right : null;
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.AwaitExpression: {
        const source = moduleSourceOf(node);
        return source === null ? null : (this.readImport(source, module.file)?.exportOf(null, this, guard) ?? null);
      }
      default:
        return null;
    }
  }

  /** `value.name`: an object's property (spreads followed), an enum member, a class's static field or getter, an export. */
  member(value: ModuleValue, name: string, guard: Guard): Member {
    if (--guard.steps < 0) return null;
    switch (value.kind) {
      case "string":
      case "function":
        return null;
      case "module":
        return value.module.exportOf(name, this, guard);
      case "enum": {
        for (const member of enumMembers(value.node)) {
          const key = member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : member.id.type === AST_NODE_TYPES.Literal ? String(member.id.value) : null;
          if (key !== name) continue;
          const init = member.initializer;
          return init?.type === AST_NODE_TYPES.Literal && typeof init.value === "string"
            ? { kind: "string", value: init.value, file: value.module.file, line: init.loc.start.line }
            : null;
        }
        return MISSING;
      }
      case "class": {
        for (const element of value.node.body.body) {
          if ((element.type !== AST_NODE_TYPES.PropertyDefinition && element.type !== AST_NODE_TYPES.MethodDefinition) || !element.static) continue;
          if (element.computed ? null : propertyName(element.key) !== name) continue;
          if (element.type === AST_NODE_TYPES.PropertyDefinition) return element.value === null ? null : this.evaluate(value.module, element.value, guard);
          return element.kind === "get" ? this.#getterValue(value.module, element.value, guard) : null;
        }
        return value.node.superClass === null ? MISSING : null;
      }
      case "object": {
        const properties = value.node.properties;
        for (let index = properties.length - 1; index >= 0; index--) {
          const property = properties[index]!;
          if (property.type === AST_NODE_TYPES.SpreadElement) {
            const spread = this.evaluate(value.module, property.argument, guard);
            if (spread === null) return null;
            const member = this.member(spread, name, guard);
            if (member !== MISSING) return member;
            continue;
          }
          if ((property.computed ? null : propertyName(property.key)) !== name) {
            if (property.computed) return null;
            continue;
          }
          if (property.kind === "get") return this.#getterValue(value.module, property.value as TSESTree.FunctionExpression, guard);
          return property.kind === "init" && !property.method ? this.evaluate(value.module, property.value, guard) : null;
        }
        return MISSING;
      }
    }
  }

  /**
   * What a function of a module returns when called (`awaited`: its call is awaited), where its body is one `return`
   * or an arrow's expression (`export function getModel() { return process.env.OPENAI_MODEL || "gpt-4o-mini"; }`), or
   * `null`. A generator's call returns no such value, nor an async function's unless awaited.
   */
  returnedValue(value: ModuleValue, awaited: boolean): ModuleValue | null {
    if (value.kind !== "function" || value.node.generator || (value.node.async && !awaited)) return null;
    try {
      return this.#getterValue(value.module, value.node, newGuard());
    } catch {
      return null;
    }
  }

  /** `get model() { return "gpt-4o"; }`: a getter (or a function) whose body is one `return`, or an arrow's expression. */
  #getterValue(module: ModuleRecord, getter: FunctionNode | TSESTree.TSEmptyBodyFunctionExpression, guard: Guard): ModuleValue | null {
    const body = getter.body;
    if (body != null && body.type !== AST_NODE_TYPES.BlockStatement) return this.evaluate(module, body, guard);
    const statements = body?.body;
    const only = statements?.length === 1 ? statements[0] : undefined;
    return only?.type === AST_NODE_TYPES.ReturnStatement && only.argument !== null ? this.evaluate(module, only.argument, guard) : null;
  }
}

/**
 * Parses a module with the linted file's parser and options, without type information (a program per module would
 * cost what typed linting costs); TypeScript files the parser cannot read go to `@typescript-eslint/parser`. `null`
 * when neither parses it.
 */
function parseModule(file: string, text: string, settings: ParserSettings): TSESTree.Program | null {
  const extension = path.extname(file);
  const typescript = /^\.[cm]?tsx?$/u.test(extension);
  const jsx = extension === ".tsx" || extension === ".jsx";
  const parsers = [settings.parser ?? typeScriptParser(), ...(typescript && settings.parser !== typeScriptParser() ? [typeScriptParser()] : [])];
  // Without the options that build a TypeScript program: types are the linted file's business, not its modules'.
  const rest: Record<string, unknown> = { ...settings.parserOptions };
  for (const key of ["project", "projectService", "programs", "EXPERIMENTAL_useProjectService"]) delete rest[key];
  const ecmaFeatures = { ...(rest.ecmaFeatures as object | undefined), ...(jsx ? { jsx: true } : {}) };
  for (const parser of parsers) {
    for (const sourceType of ["module", "script"] as const) {
      const options = { ecmaVersion: "latest", ...rest, ecmaFeatures, sourceType, filePath: file, loc: true, range: true, comment: false, tokens: false };
      try {
        const program = runParser(parser, text, options);
        if (program?.type === AST_NODE_TYPES.Program) return program;
      } catch {
        // The next source type or parser.
      }
    }
  }
  return null;
}

let typeScriptParserModule: unknown;

/** `@typescript-eslint/parser`, loaded when a module is first read with it: loading it loads TypeScript (src/parser.ts). */
function typeScriptParser(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  typeScriptParserModule ??= require("@typescript-eslint/parser");
  return typeScriptParserModule;
}

interface ParserLike {
  parse?: (text: string, options: object) => unknown;
  parseForESLint?: (text: string, options: object) => { ast: unknown };
}

function runParser(parser: unknown, text: string, options: object): TSESTree.Program | null {
  const candidate = parser as ParserLike | null;
  if (typeof candidate?.parse === "function") return candidate.parse(text, options) as TSESTree.Program;
  if (typeof candidate?.parseForESLint === "function") return candidate.parseForESLint(text, options).ast as TSESTree.Program;
  return null;
}

function enumMembers(node: TSESTree.TSEnumDeclaration): readonly TSESTree.TSEnumMember[] {
  // typescript-eslint 8 puts the members in `body`; older parsers (and oxlint) on the declaration.
  const legacy = node as unknown as { members?: readonly TSESTree.TSEnumMember[] };
  return node.body?.members ?? legacy.members ?? [];
}

/** Each name a declaration pattern binds, with the members leading to it (`null` where a step cannot be named). */
function patternPaths(pattern: TSESTree.Node, path: readonly string[]): [string, readonly string[] | null][] {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return [[pattern.name, path]];
    case AST_NODE_TYPES.AssignmentPattern:
      return patternPaths(pattern.left, path);
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.flatMap((property) => {
        if (property.type === AST_NODE_TYPES.RestElement) return boundNames(property).map((name): [string, null] => [name, null]);
        const key = property.computed ? null : propertyName(property.key);
        return key === null ? boundNames(property.value).map((name): [string, null] => [name, null]) : patternPaths(property.value, [...path, key]);
      });
    default:
      return boundNames(pattern).map((name): [string, null] => [name, null]);
  }
}

function boundNames(pattern: TSESTree.Node): string[] {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return [pattern.name];
    case AST_NODE_TYPES.AssignmentPattern:
      return boundNames(pattern.left);
    case AST_NODE_TYPES.RestElement:
      return boundNames(pattern.argument);
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.flatMap((element) => (element === null ? [] : boundNames(element)));
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.flatMap((property) => boundNames(property.type === AST_NODE_TYPES.RestElement ? property : property.value));
    default:
      return [];
  }
}

function isModuleExports(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === "module" &&
    memberName(node) === "exports"
  );
}

function memberName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : null;
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === "string" ? node.property.value : null;
}

function propertyName(key: TSESTree.Node): string | null {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  return null;
}

function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}
