// What the openai SDK marks deprecated and stops on a date: `recommended` reports it (no-deprecated-api with
// `include: "shutdown"`). The undated deprecations are `strict`'s (tests/fixtures-strict/).
import OpenAI from "openai";

const client = new OpenAI();

export async function clip(prompt) {
  const video = await client.videos.create({ model: "sora-2", prompt }); // expect: openai/no-deprecated-api
  return client.videos.downloadContent(video.id); // expect: openai/no-deprecated-api
}

export const translate = (file) => client.audio.translations.create({ file, model: "whisper-1" }); // expect: openai/no-deprecated-api, openai/no-deprecated-models

export const vary = (image) =>
  fetch("https://api.openai.com/v1/images/variations", { method: "POST", body: image }); // expect: openai/no-deprecated-api

// Look-alikes.
export const youtubeVideos = (youtube) => youtube.videos.list({ part: ["snippet"] });
export const own = () => fetch("/api/videos");
