// What the openai SDK marks deprecated. `recommended` reports what stops working on a date (no-deprecated-api with
// `include: "shutdown"`); the undated deprecations below stay silent here and are reported by `strict`
// (tests/fixtures-strict/).
import OpenAI from "openai";
import { Stream } from "openai/streaming";

const client = new OpenAI();

export async function clip(prompt) {
  const video = await client.videos.create({ model: "sora-2", prompt }); // expect: openai/no-deprecated-api
  return client.videos.downloadContent(video.id); // expect: openai/no-deprecated-api
}

export const translate = (file) => client.audio.translations.create({ file, model: "whisper-1" }); // expect: openai/no-deprecated-api, openai/no-deprecated-models

export const vary = (image) =>
  fetch("https://api.openai.com/v1/images/variations", { method: "POST", body: image }); // expect: openai/no-deprecated-api

// Undated: strict only.
export const session = () => client.beta.realtime.sessions.create({ model: "gpt-4o-realtime-preview" });
export const ask = (messages) => client.chat.completions.create({ model: "gpt-4.1", messages, max_tokens: 100, user: "u" }); // expect: openai/no-deprecated-models
export const streamOf = (response, controller) => Stream.fromSSEResponse(response, controller);

// Look-alikes.
export const youtubeVideos = (youtube) => youtube.videos.list({ part: ["snippet"] });
export const own = () => fetch("/api/videos");
