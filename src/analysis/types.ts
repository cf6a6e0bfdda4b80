import type { ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";

import { sdkPathOfDeclaration } from "../sdk-methods";

// ts.TypeFlags.Any | ts.TypeFlags.Unknown, spelled out so that the plugin never loads `typescript` itself: it is
// there only when the user's parser brought it.
const ANY_OR_UNKNOWN = 1 | 2;
// ts.SymbolFlags.Alias: an import, followed to what it imports.
const SYMBOL_ALIAS = 2_097_152;

/** A declaration file of the `openai` package: `…/node_modules/openai/resources/beta/threads/runs/runs.d.ts`. */
const OPENAI_DECLARATION = /[\\/]node_modules[\\/]openai[\\/](.+?)\.d\.[cm]?ts$/u;

/** What a type says about a node: an SDK resource path, not OpenAI's (`null`), or nothing (`undefined`: any). */
export type TypedSdkPath = readonly string[] | null | undefined;

/**
 * Answers from the user's TypeScript program, when their config gives one (`parserOptions.projectService`). Only
 * asked about nodes that syntax already found interesting and could not resolve, so untyped runs never pay for it
 * and typed runs pay per candidate, not per node.
 */
export class TypeInfo {
  readonly #services: ParserServicesWithTypeInformation;
  readonly #checker: ts.TypeChecker;

  constructor(services: ParserServicesWithTypeInformation) {
    this.#services = services;
    this.#checker = services.program.getTypeChecker();
  }

  /** The SDK resource a node's type is: `OpenAI` → `[]`, `Runs` → `["beta", "threads", "runs"]`. */
  sdkPathOf(node: TSESTree.Node): TypedSdkPath {
    const type = this.#checker.getNonNullableType(this.#services.getTypeAtLocation(node));
    return this.#sdkPathOfType(type);
  }

  /** The name and `openai` module (`resources/responses/responses`) of the type's declaration, or `null`. */
  openaiTypeOf(node: TSESTree.Node): { readonly name: string; readonly module: string } | null {
    return this.openaiTypesOf(node)[0] ?? null;
  }

  /**
   * Every `openai` declaration a node's type is made of: the members of a union, and of an intersection (the SDK
   * returns `Response & { _request_id?: … }` from `create`; a request that may stream gives
   * `(Response & …) | (Stream<ResponseStreamEvent> & …)`).
   */
  openaiTypesOf(node: TSESTree.Node): { readonly name: string; readonly module: string }[] {
    const found: { name: string; module: string }[] = [];
    const visit = (type: ts.Type, depth: number): void => {
      if (type.isUnion() || type.isIntersection()) {
        if (depth < 3) for (const member of type.types) visit(member, depth + 1);
        return;
      }
      const declared = declarationOf(type);
      if (declared !== null) found.push(declared);
    };
    visit(this.#checker.getNonNullableType(this.#services.getTypeAtLocation(node)), 0);
    return found;
  }

  /**
   * The string a node's type says it is (a literal type: a `const` declared with a string, a property of an object
   * declared `as const`, a string enum member), with the file and line of the declaration that gives it; `null` when the
   * type is wider, or the declaration is a package's.
   */
  stringLiteralOf(node: TSESTree.Node): { readonly value: string; readonly file: string; readonly line: number } | null {
    let type: ts.Type;
    try {
      type = this.#services.getTypeAtLocation(node);
    } catch {
      return null;
    }
    if (!type.isStringLiteral()) return null;
    const tsNode = this.#services.esTreeNodeToTSNodeMap.get(node) as ts.Node & { readonly name?: ts.Node };
    let symbol = this.#checker.getSymbolAtLocation(tsNode.name ?? tsNode);
    if (symbol !== undefined && (symbol.flags & SYMBOL_ALIAS) !== 0) symbol = this.#checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (declaration === undefined) return null;
    const at = (declaration as ts.Node & { readonly initializer?: ts.Node }).initializer ?? declaration;
    const source = at.getSourceFile();
    if (/[\\/]node_modules[\\/]/u.test(source.fileName)) return null;
    return { value: type.value, file: source.fileName, line: source.getLineAndCharacterOfPosition(at.getStart(source)).line + 1 };
  }

  #sdkPathOfType(type: ts.Type): TypedSdkPath {
    if ((type.flags & ANY_OR_UNKNOWN) !== 0) return undefined;
    if (type.isUnion()) {
      let result: TypedSdkPath = null;
      for (const member of type.types) {
        const path = this.#sdkPathOfType(member);
        if (path) return path;
        if (path === undefined) result = undefined;
      }
      return result;
    }
    const declared = declarationOf(type);
    return declared === null ? null : sdkPathOfType(declared.module, declared.name);
  }
}

function declarationOf(type: ts.Type): { name: string; module: string } | null {
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  const declaration = symbol?.getDeclarations()?.[0];
  if (symbol === undefined || declaration === undefined) return null;
  const match = OPENAI_DECLARATION.exec(declaration.getSourceFile().fileName);
  return match === null ? null : { name: symbol.getName(), module: match[1]!.replaceAll("\\", "/") };
}

/**
 * The client path of an SDK resource class, looked up in the SDK's surface by where it is declared:
 * `resources/beta/threads/runs/runs` declares `Runs`, reached as `client.beta.threads.runs`. Other types of those
 * files (`Run`, `Thread`) are data, not resources, and give `null`.
 */
function sdkPathOfType(module: string, name: string): readonly string[] | null {
  return sdkPathOfDeclaration(module.replace(/^resources\//u, ""), name);
}
