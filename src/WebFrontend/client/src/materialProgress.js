// Learning page (manual D): tells the server when a reading has been scrolled to its end or a video
// watched to at least 90% (counting only what was actually played, not what was skipped), then ticks the
// material in the sidebar. The server's answer is the truth; nothing is stored in the browser.
import { setProgress } from "./progressBars.js";

const VIDEO_SHARE = 0.9;

function token() {
  return document.querySelector("form[data-antiforgery-form] input[name='__RequestVerificationToken']")?.value ?? "";
}

async function complete(url, materialId) {
  const response = await fetch(url, { method: "POST", headers: { RequestVerificationToken: token(), Accept: "application/json" } });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  const result = await response.json();
  const item = document.querySelector(`[data-material-id="${CSS.escape(materialId)}"]`);
  if (item) {
    item.dataset.done = "true";
    item.querySelector(".material-tick").textContent = "✔";
    item.querySelector("[data-done-label]").textContent = result.doneLabel;
  }
  const bar = document.querySelector("[data-progress-bar]");
  if (bar) {
    bar.setAttribute("aria-valuenow", String(result.percent));
    setProgress(bar.firstElementChild, result.percent);
  }
  const text = document.querySelector("[data-progress-text]");
  if (text) {
    text.textContent = result.progressText;
  }
  const live = document.querySelector("[data-live-status]");
  if (live) {
    live.textContent = result.announcement;
  }
}

export function watchReading(end) {
  if (end.dataset.done === "true") {
    return;
  }
  const materialId = end.dataset.forMaterial;
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      end.dataset.done = "true";
      complete(end.dataset.completeUrl, materialId).catch(() => { end.dataset.done = "false"; observer.observe(end); });
    }
  }, { threshold: 1 });
  observer.observe(end);
}

function playedSeconds(video) {
  let total = 0;
  for (let i = 0; i < video.played.length; i++) {
    total += video.played.end(i) - video.played.start(i);
  }
  return total;
}

export function watchVideo(video) {
  if (video.dataset.done === "true") {
    return;
  }
  const materialId = video.dataset.forMaterial;
  let sending = false;
  video.addEventListener("timeupdate", () => {
    if (sending || video.dataset.done === "true" || !(video.duration > 0)) {
      return;
    }
    if (playedSeconds(video) >= VIDEO_SHARE * video.duration) {
      sending = true;
      complete(video.dataset.completeUrl, materialId)
        .then(() => { video.dataset.done = "true"; })
        .finally(() => { sending = false; });
    }
  });
}
