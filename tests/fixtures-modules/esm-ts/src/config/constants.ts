export const CHAT_MODEL = "gpt-4.5-preview";
export const CURRENT_MODEL = "gpt-5.2";
export const FALLBACK_MODEL = process.env.OPENAI_MODEL ?? "gpt-3.5-turbo-0613";

export enum Models {
  Legacy = "gpt-4-32k",
  Current = "gpt-5.2",
}

export class Defaults {
  static readonly model = "o1-preview";
  static get visionModel(): string {
    return "gpt-4-vision-preview";
  }
}
