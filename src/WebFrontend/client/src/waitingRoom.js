// The exam's waiting room: the server said how long until this examinee's wave is admitted; count it down from that
// figure (performance.now, never the wall clock) and press "Mulai Ujian" once when the moment comes. The visible
// seconds are not a live region; the announcement below is, and changes only every 30 s and at 10 s.
const MARGIN_MS = 250;

export function startWaitingRoom(root) {
  const form = document.querySelector("[data-exam-start-form]");
  const seconds = root.querySelector("[data-wait-seconds]");
  const announce = root.querySelector("[data-wait-announce]");
  const texts = root.querySelector("[data-wait-texts]").dataset;
  const waitMs = Number(root.dataset.waitMs) + MARGIN_MS;
  const begun = performance.now();
  let announced = null;
  let timer = null;

  function tick() {
    const left = Math.max(0, waitMs - (performance.now() - begun));
    const s = Math.ceil(left / 1000);
    seconds.textContent = String(s);
    if (left <= 0) {
      clearInterval(timer);
      announce.textContent = texts.starting;
      if (form) {
        form.requestSubmit();
      }
      return;
    }
    if (announced === null || announced - s >= 30 || (s <= 10 && announced > 10)) {
      announce.textContent = texts.announce.replace("{0}", String(s));
      announced = s;
    }
  }

  timer = setInterval(tick, 250);
  tick();
}
