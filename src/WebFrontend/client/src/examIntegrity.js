// Proctoring signals of the exam page (issue 9): leaving the tab or the window, leaving fullscreen, copy, paste and
// the context menu. Each is reported to the attempt, which records it at the server's time and applies the
// training's policy; this page only notices, prevents what it can (copy, paste, context menu) and shows the warning.
// One departure is one incident: a window blur that comes with the tab being hidden is reported as the tab only.

const BLUR_SETTLE_MS = 400;

export function pageId() {
  const key = "mooc.exam.page";
  let id = sessionStorage.getItem(key);
  if (!id) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    sessionStorage.setItem(key, id);
  }
  return id;
}

export function watchIntegrity(root, report) {
  const $ = (selector) => root.querySelector(selector);
  const prompt = $("[data-fullscreen-prompt]");
  let blurred = false;
  let wasFullscreen = false;

  document.addEventListener("visibilitychange", () => report(document.hidden ? "TabHidden" : "TabVisible"));
  window.addEventListener("blur", () => setTimeout(() => {
    if (!document.hidden && !document.hasFocus()) {
      blurred = true;
      report("WindowBlurred");
    }
  }, BLUR_SETTLE_MS));
  window.addEventListener("focus", () => {
    if (blurred) {
      blurred = false;
      report("WindowFocused");
    }
  });

  for (const [type, signal] of [["copy", "CopyAttempted"], ["cut", "CopyAttempted"], ["paste", "PasteAttempted"], ["contextmenu", "ContextMenuOpened"]]) {
    document.addEventListener(type, (e) => {
      e.preventDefault();
      report(signal);
    });
  }

  function showPrompt() {
    prompt.classList.toggle("d-none", !document.fullscreenEnabled || document.fullscreenElement !== null);
  }

  document.addEventListener("fullscreenchange", () => {
    if (document.fullscreenElement) {
      wasFullscreen = true;
    } else if (wasFullscreen) {
      wasFullscreen = false;
      report("FullscreenExited");
    }
    showPrompt();
  });
  $("[data-fullscreen-enter]").addEventListener("click", () => document.documentElement.requestFullscreen().catch(() => showPrompt()));
  showPrompt();

  return { hidePrompt: () => prompt.classList.add("d-none") };
}
