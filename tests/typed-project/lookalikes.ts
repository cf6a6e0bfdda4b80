// Classes with the SDK's member names that are not the SDK.
export class ForumClient {
  beta = {
    threads: {
      create: (title: string) => ({ id: title }),
      runs: { create: (id: string) => id, list: () => [] as string[] },
    },
    assistants: { list: () => [] as string[] },
  };
  responses = { create: (body: { model: string; prompt?: { id: string } }) => body };
}

export function makeForum(): ForumClient {
  return new ForumClient();
}

/** An in-house chat widget whose API mirrors ChatKit's sessions. */
export class WidgetClient {
  beta = { chatkit: { sessions: { create: (body: { workflow: { id: string } }) => body } } };
}

export const widget = new WidgetClient();

/** A video platform's client, with `videos.create` and an OpenAI-style `chat.completions.create` of its own. */
export class StudioClient {
  videos = { create: (body: { model: string; prompt: string }) => body, list: () => [] as string[] };
  chat = { completions: { create: (body: { model: string; messages: unknown[]; max_tokens?: number; user?: string }) => body } };
}

export function makeStudio(): StudioClient {
  return new StudioClient();
}
