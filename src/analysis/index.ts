import type { TSESLint } from "@typescript-eslint/utils";

import { Resolver } from "./resolve";
import { RestAnalysis } from "./rest";

export { findRequestBody, restResource, type RestEndpoint } from "./rest";
export { getRequireSource, getStaticMemberName, getStaticPropertyKey, isOpenAIModule, Resolver, withoutTypeCasts } from "./resolve";
export { pathKey, type OpenAIValue } from "./values";

/** The analysis every rule shares for one file, built on first use. */
export interface FileAnalysis {
  readonly resolver: Resolver;
  readonly rest: RestAnalysis;
}

const analyses = new WeakMap<object, FileAnalysis>();

export function getFileAnalysis(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileAnalysis {
  const sourceCode = context.sourceCode;
  let analysis = analyses.get(sourceCode);
  if (analysis === undefined) {
    const resolver = new Resolver(context);
    analysis = { resolver, rest: new RestAnalysis(sourceCode, resolver) };
    analyses.set(sourceCode, analysis);
  }
  return analysis;
}

/**
 * The cheap gate every rule passes first: a file whose text contains none of `needles` cannot use what the rule
 * looks for, and the rule registers no listeners for it.
 */
export function textMentionsAny(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, needles: readonly string[]): boolean {
  const text = context.sourceCode.text;
  return needles.some((needle) => text.includes(needle));
}

export { collectRequestProperties, findRestRequest, findSdkRequest, type ApiRequest, type RequestProperty } from "./requests";
export { findSdkResource, methodNames } from "./sdk";
export { findHeaderName } from "./headers";
export { findImportedBinding, type ImportedBinding } from "./imports";
