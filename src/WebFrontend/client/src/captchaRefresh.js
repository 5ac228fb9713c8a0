// The refresh icon next to the captcha (manual B.4.c): asks for a new challenge without reloading the
// page, so the username already typed stays. Without JavaScript the icon is a plain link that reloads.
export function wireCaptchaRefresh(button) {
  const form = button.closest("form");
  const image = form?.querySelector("[data-captcha-image]");
  const id = form?.querySelector("[data-captcha-id]");
  const answer = form?.querySelector("input[name='Form.Captcha']");
  if (!image || !id) {
    return;
  }

  button.addEventListener("click", async (event) => {
    event.preventDefault();
    try {
      const response = await fetch("/captcha/new", { method: "POST", headers: { Accept: "application/json" } });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      const challenge = await response.json();
      id.value = challenge.id;
      image.src = challenge.imageUrl;
      if (answer) {
        answer.value = "";
        answer.focus();
      }
    } catch {
      window.location.href = button.href;
    }
  });
}
