/**
 * The typed setups' client module (tests/e2e/readme-typed-setup.test.ts, readme-typescript.test.ts): an OpenAI client
 * whose Assistants resource only type information follows into another file, beside a look-alike class with the SDK's
 * member names that must stay silent.
 */
export const TYPED_CLIENT = `import OpenAI from "openai";

export function getClient(): OpenAI {
  return new OpenAI({ apiKey: "sk-test" });
}

export const assistantsThreads = getClient().beta.threads;

/** Not OpenAI's: a forum client with the SDK's member names. */
export class ForumClient {
  beta = { threads: { create: (title: string) => ({ id: title }) } };
}
`;
