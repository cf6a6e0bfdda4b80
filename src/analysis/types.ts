import type { ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";

// ts.TypeFlags.Any | ts.TypeFlags.Unknown, spelled out so that the plugin never loads `typescript` itself: it is
// there only when the user's parser brought it.
const ANY_OR_UNKNOWN = 1 | 2;

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
    return declared === null ? null : sdkPathOfDeclaration(declared.module, declared.name);
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
 * The client path of an SDK resource class, read off where the SDK declares it: `resources/beta/threads/runs/runs`
 * declares `Runs`, reached as `client.beta.threads.runs`. Other types of those files (`Run`, `Thread`) are data, not
 * resources, and give `null`.
 */
export function sdkPathOfDeclaration(module: string, name: string): readonly string[] | null {
  if ((name === "OpenAI" || name === "AzureOpenAI") && /^(?:client|azure|index)$/u.test(module)) return [];
  if (!module.startsWith("resources/")) return null;
  const segments = module.slice("resources/".length).split("/");
  if (segments.length >= 2 && segments.at(-1) === segments.at(-2)) segments.pop();
  const last = segments.at(-1)!;
  if (last.replaceAll("-", "").toLowerCase() !== name.toLowerCase()) return null;
  return segments.map((segment) => segment.replace(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase()));
}
