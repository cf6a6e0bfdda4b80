import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import { getFileAnalysis, isOpenAIModule } from "./index";
import { splitRoutedModel } from "./model-routers";
import { isInNodeModules } from "./module-files";
import { MODEL_KEYS, ModelUses } from "./model-uses";
import { isTypeOnlyImport, moduleBindingOf, moduleSourceOf, withMembers } from "./modules";
import type { Resolver } from "./resolve";
import { NESTED_MODEL_KEYS } from "../sdk-methods";

/**
 * Keys under which a request or a framework takes the model, or an object naming it: `model`, LangChain's
 * `modelName`, a REST client's body (`json`, `data`, `body`), Realtime events' and frameworks' nesting (`session`,
 * `audio`, `input`, `transcription`, `input_audio_transcription`, Mastra's `judge`, `chatgpt`'s `completionParams`);
 * with the SDK's own nesting keys (`NESTED_MODEL_KEYS`).
 */
const MODEL_HOLDER_KEYS: ReadonlySet<string> = new Set([
  "model",
  "modelName",
  "json",
  "data",
  "body",
  "session",
  "audio",
  "input",
  "transcription",
  "input_audio_transcription",
  "judge",
  "completionParams",
]);


/** A model id that reaches an OpenAI request from another module, and where it is written there. */
export interface ImportedModel {
  /** Where the value is used in the linted file: `MODEL`, `settings.chat.model`, the spread `defaults`. */
  readonly node: TSESTree.Expression;
  /** The string as written (`gpt-4o`, or a router's `openai/gpt-4o`). */
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

/**
 * Spellings a value is tried under before its module is read: a bare id, and the routers' `openai/` and `openai:`
 * (with an id of OpenAI's own shape, which a router that infers the provider from the id takes as OpenAI's). The id
 * read from the module is checked again as it is spelled.
 */
const SPELLINGS = ["", "openai/", "openai:"].map((prefix) => splitRoutedModel(`${prefix}gpt-4`));

/**
 * The values the file imports (from modules that may be the project's own) that reach the model of an OpenAI request,
 * each with the string its module gives it: `model: MODEL`, `model: settings.chat.model`, `{ ...defaultChatConfig,
 * messages }`, `client.chat.completions.create(defaultRequest)`.
 *
 * Lazy in this order, so that most files pay one pass over their top-level statements: the file's imports and
 * requires; their reads in a position a value can flow from; whether that value reaches a request (this file's own
 * analysis); and only then the module, resolved and read (src/analysis/exports.ts). With type information, a string
 * literal type the checker gives the value serves where the module cannot be read.
 */
export function findImportedModels(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ImportedModel[] {
  const sourceCode = context.sourceCode;
  const found: ImportedModel[] = [];
  // A package's own files: the modules they import are a package's too, which are never followed
  // (src/analysis/module-files.ts), so nothing here could be read.
  if (isInNodeModules(context.filename)) return found;
  let resolver: Resolver | undefined;
  let uses: ModelUses | undefined;
  // Indexed loops: these run over every read of every import of a file, and an iterator per loop (what `for … of`
  // allocates before the function is optimized) was a sixth of what the plugin allocated on the `openai` package's
  // files (a sampling heap profile), each allocation a chance to be the one that starts a collection. (Asking
  // typescript-eslint's references `isValueReference` first, to skip reads in types, cost more than it spared.)
  const body = sourceCode.ast.body;
  for (let index = 0; index < body.length; index++) {
    const declarations = importingDeclarations(body[index]!);
    for (let declaration = 0; declaration < declarations.length; declaration++) {
      const declared = declarations[declaration]!;
      if (!bindsModuleValue(declared)) continue;
      const variables = sourceCode.getDeclaredVariables(declared);
      for (let variable = 0; variable < variables.length; variable++) {
        const references = variables[variable]!.references;
        for (let at = 0; at < references.length; at++) {
          const reference = references[at]!;
          if (!reference.isRead()) continue;
          const chain = memberChain(reference.identifier as TSESTree.Identifier);
          // `getModel()`, `await config.modelFor()`: the value is what the module's function returns.
          const call = chain.parent?.type === AST_NODE_TYPES.CallExpression && chain.parent.callee === chain ? chain.parent : null;
          const flowing: TSESTree.Expression = call === null ? chain : call.parent?.type === AST_NODE_TYPES.AwaitExpression ? call.parent : call;
          if (!mayFlowFrom(flowing) || (call !== null && !callMayGiveModel(chain, flowing))) continue;
          // A later argument of a call that takes none there (`this._client.getAPIList(path, CursorPage)`, most reads
          // of an SDK's own files that get this far): neither a model nor options, whatever the module holds.
          const parent = flowing.parent;
          if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && !ModelUses.argumentMayTakeModel(parent, parent.arguments.indexOf(flowing as TSESTree.CallExpressionArgument))) {
            continue;
          }
          resolver ??= getFileAnalysis(context).resolver;
          uses ??= getFileAnalysis(context).modelUses;
          const model = findModel(chain, flowing, call, resolver, uses, context.filename);
          if (model !== null) found.push(model);
        }
      }
    }
  }
  return found;
}

/**
 * The model an imported value sends: `chain` is the import's read, `flowing` what flows on from it (the read, or the
 * call of it, awaited or not), `call` that call.
 */
function findModel(
  chain: TSESTree.Expression,
  flowing: TSESTree.Expression,
  call: TSESTree.CallExpression | null,
  resolver: Resolver,
  uses: ModelUses,
  filename: string,
): ImportedModel | null {
  const asModel = SPELLINGS.some((spelling) => uses.reachesOpenAIModel(flowing, spelling));
  // A function's result is followed as the model itself, not as options naming one.
  const asOptions = !asModel && call === null && uses.optionsReachOpenAIModel(chain);
  if (!asModel && !asOptions) return null;
  const binding = moduleBindingOf(chain, (identifier) => resolver.findVariable(identifier));
  if (binding === null || isOpenAIModule(binding.source)) return null;
  let value = resolver.modules.valueOf(asOptions ? withMembers(binding, ["model"]) : binding, filename);
  if (call !== null) value = value === null ? null : resolver.modules.returnedValue(value, flowing !== call);
  let written: { readonly value: string; readonly file: string; readonly line: number } | null = value?.kind === "string" ? value : null;
  if (written === null && asModel && call === null) written = resolver.types?.stringLiteralOf(chain) ?? null;
  if (written === null) return null;
  const routed = splitRoutedModel(written.value);
  // A router's spelling counts only where that router takes it; a bare id only where a bare id is sent.
  if (asModel && !uses.reachesOpenAIModel(flowing, routed)) return null;
  if (asOptions && routed.spelling !== "bare") return null;
  return { node: call ?? chain, text: written.value, file: written.file, line: written.line };
}

const NO_DECLARATIONS: readonly TSESTree.Node[] = [];

/**
 * The declarations of a top-level statement that may bind a module's values (imports, and `require` / `await
 * import()`), each to be asked {@link bindsModuleValue}: the statement's own list, not a filtered copy of it. Most
 * statements are neither, and get one shared empty list.
 */
function importingDeclarations(statement: TSESTree.ProgramStatement): readonly TSESTree.Node[] {
  switch (statement.type) {
    case AST_NODE_TYPES.ImportDeclaration:
      return statement.importKind === "type" || isOpenAIModule(statement.source.value) ? NO_DECLARATIONS : statement.specifiers;
    case AST_NODE_TYPES.TSImportEqualsDeclaration:
      return [statement];
    case AST_NODE_TYPES.VariableDeclaration:
      return statement.declarations;
    default:
      return NO_DECLARATIONS;
  }
}

/** Whether a declaration of {@link importingDeclarations} binds a module's value: not a type, not a local's. */
function bindsModuleValue(declared: TSESTree.Node): boolean {
  if (declared.type === AST_NODE_TYPES.VariableDeclarator) return declared.init !== null && moduleSourceOf(memberRoot(declared.init)) !== null;
  return !isTypeOnlyImport(declared);
}

/** A name that says it gives a model: `getModel`, `defaultModelFor`, `chatModel`. */
const MODEL_NAME = /model/iu;

/**
 * Whether the call of an imported function may give the model, judged before anything is asked of it: its value is a
 * request's `model` itself (`model: pick()`), or the function's name says it gives one (`const m = getModel()`). Most
 * calls of a file's imports are helpers whose results flow into arguments and bindings (`buildHeaders(…)`,
 * `const page = toPage(…)`): following each of them cost the model rule 30 ms on the `openai` package's own files
 * (three times its time), for no model.
 */
function callMayGiveModel(callee: TSESTree.Expression, flowing: TSESTree.Expression): boolean {
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? staticName(callee) : null;
  if (name !== null && MODEL_NAME.test(name)) return true;
  const parent = flowing.parent;
  return parent?.type === AST_NODE_TYPES.Property && parent.value === flowing && MODEL_KEYS.has(staticKey(parent) ?? "");
}

/** `require("./config").settings.chat` → `require("./config")`. */
function memberRoot(node: TSESTree.Node): TSESTree.Node {
  while (node.type === AST_NODE_TYPES.MemberExpression) node = node.object;
  return node;
}

/** The longest static member chain a read starts: `settings` in `settings.chat.model` → `settings.chat.model`. */
function memberChain(identifier: TSESTree.Identifier): TSESTree.Expression {
  let current: TSESTree.Expression = identifier;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current && (!parent.computed || parent.property.type === AST_NODE_TYPES.Literal)) {
      current = parent;
    } else if (parent?.type === AST_NODE_TYPES.ChainExpression) {
      current = parent;
    } else {
      return current;
    }
  }
}

/**
 * Whether a value read here may flow on to a request, judged from the syntax around it before any analysis: the value
 * of a property, the argument of a call, a spread, an alias or a default, `body.model = value`, an AI Gateway fallback
 * list; through conditionals, `??` / `||` and casts.
 */
function mayFlowFrom(node: TSESTree.Expression): boolean {
  let current: TSESTree.Node = node;
  for (let step = 0; step < 8; step++) {
    const parent: TSESTree.Node | undefined = current.parent;
    switch (parent?.type) {
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === current) return false;
        current = parent;
        continue;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.operator === "&&" && parent.left === current) return false;
        current = parent;
        continue;
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = parent;
        continue;
      case AST_NODE_TYPES.Property: {
        // The key a request takes the model under, or an object that holds it (an imported value kept in a lookup
        // object of this file, `{ fast: MODEL }` read as `MODELS.fast`, is not followed).
        const key = staticKey(parent);
        return parent.value === current && key !== null && (MODEL_HOLDER_KEYS.has(key) || NESTED_MODEL_KEYS.has(key));
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return parent.callee !== current;
      case AST_NODE_TYPES.AssignmentPattern:
        return parent.right === current;
      case AST_NODE_TYPES.AssignmentExpression:
        // `body.model = MODEL` on a request object; any other assignment is not followed.
        return parent.right === current && parent.left.type === AST_NODE_TYPES.MemberExpression && staticName(parent.left) === "model";
      case AST_NODE_TYPES.ArrayExpression:
        // The AI Gateway's fallbacks: `models: [PRIMARY, FALLBACK]`.
        return parent.parent.type === AST_NODE_TYPES.Property && staticKey(parent.parent) === "models";
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier;
      case AST_NODE_TYPES.PropertyDefinition:
        return parent.value === current;
      case AST_NODE_TYPES.SpreadElement:
        return parent.parent.type === AST_NODE_TYPES.ObjectExpression;
      default:
        return false;
    }
  }
  return false;
}

function staticName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : null;
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === "string" ? node.property.value : null;
}

function staticKey(property: TSESTree.Property): string | null {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : null;
}
