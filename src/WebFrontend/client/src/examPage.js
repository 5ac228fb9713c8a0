// The exam page (manual E.2–E.3). The server owns the clock and every answer: this page shows what the
// server says, interpolates the remaining time between the server's ticks with a monotonic timer (the
// browser's wall clock is never read), and keeps answers that are not yet acknowledged in localStorage,
// resending them after a reconnect or a reload. An answer counts as saved only when the server says so.
// One page works on an attempt at a time: another tab or device that opens it takes it over, and this page then
// keeps its unsent answers until the examinee presses "Lanjutkan di sini".
import { HubConnectionBuilder, LogLevel } from "@microsoft/signalr";
import { pageId, watchIntegrity } from "./examIntegrity.js";

const RETRY_DELAYS = [0, 1000, 2000, 5000, 10000, 10000, 15000, 30000];
// After an answer the server could not store (the connection stayed up, but a silo or the database was away for a
// moment), the page sends its pending answers again after these delays, until one is acknowledged.
const RESEND_DELAYS = [1000, 2000, 5000];
const ANNOUNCE_AT_MINUTES = [10, 5, 1];

function format(template, ...values) {
  return values.reduce((text, value, i) => text.replaceAll(`{${i}}`, String(value)), template);
}

class PendingAnswers {
  constructor(attemptId) {
    this.key = `mooc.exam.${attemptId}.pending`;
    this.counterKey = `mooc.exam.${attemptId}.seq`;
  }

  all() {
    try { return JSON.parse(localStorage.getItem(this.key) ?? "[]"); } catch { return []; }
  }

  add(answer) { this.save([...this.all(), answer]); }

  remove(sequence) { this.save(this.all().filter((a) => a.sequence !== sequence)); }

  save(list) { localStorage.setItem(this.key, JSON.stringify(list)); }

  nextSequence(serverLast) {
    const next = Math.max(Number(localStorage.getItem(this.counterKey) ?? 0), serverLast) + 1;
    localStorage.setItem(this.counterKey, String(next));
    return next;
  }
}

export function startExamPage(root) {
  const attemptId = root.dataset.attemptId;
  const texts = root.querySelector("[data-texts]").dataset;
  const $ = (selector) => root.querySelector(selector);
  const pending = new PendingAnswers(attemptId);
  let state = null;
  let remainingAt = { ms: 0, at: performance.now() };
  let announced = new Set();
  let online = false;
  let elsewhere = false;
  let resendTimer = null;
  let resendCount = 0;
  const page = pageId();

  const connection = new HubConnectionBuilder()
    .withUrl(`/hubs/ujian?halaman=${page}`)
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => RETRY_DELAYS[Math.min(ctx.previousRetryCount, RETRY_DELAYS.length - 1)] })
    .configureLogging(LogLevel.Warning)
    .build();

  function showError(message) {
    const box = $("[data-exam-error]");
    box.textContent = (message ?? "").replace(/^.*HubException: /, "");
    box.classList.toggle("d-none", !message);
  }

  function setElsewhere(value) {
    elsewhere = value;
    $("[data-elsewhere]").classList.toggle("d-none", !value);
    $("[data-question-area]").toggleAttribute("inert", value);
  }

  function warn(text) {
    const box = $("[data-integrity-warning]");
    box.textContent = text;
    box.classList.toggle("d-none", !text);
  }

  async function report(signal) {
    if (!online || elsewhere || !state || state.status === "submitted") {
      return;
    }
    try {
      const ack = await connection.invoke("ReportSignal", attemptId, signal);
      const what = texts[`signal${signal.replace(/^./, (c) => c.toUpperCase())}`];
      if (ack.recorded && what && ack.policy !== "RecordOnly") {
        warn(ack.policy === "SubmitAtLimit" ? format(texts.incidentLimit, what, ack.incidents, ack.limit) : format(texts.incidentWarning, what, ack.incidents));
      }
    } catch {
      // A signal that does not reach the server is not recorded; the board shows the lost connection instead.
    }
  }

  function setSaveStatus() {
    const unsent = pending.all().length;
    $("[data-save-status]").textContent = !online ? texts.offline : unsent > 0 ? texts.saving : texts.saved;
    $("[data-save-status]").dataset.state = !online ? "offline" : unsent > 0 ? "saving" : "saved";
  }

  function answerOf(number) {
    const unsent = pending.all().filter((a) => a.questionNumber === number).at(-1);
    return unsent ? unsent.option : state.answers[number];
  }

  function render() {
    if (state.status === "submitted") {
      renderResult(state.result);
      return;
    }
    $("[data-loading]").classList.add("d-none");
    $("[data-question-area]").classList.remove("d-none");
    const question = state.questions[state.currentQuestion - 1];
    $("[data-question-number]").textContent = format(texts.question, question.number, state.questions.length);
    $("[data-question-text]").textContent = question.text;
    const options = $("[data-options]");
    options.replaceChildren(...question.options.map((text, index) => {
      const label = document.createElement("label");
      label.className = "list-group-item list-group-item-action d-flex gap-2 align-items-start";
      const input = document.createElement("input");
      input.type = "radio";
      input.name = `soal-${question.number}`;
      input.className = "form-check-input mt-1";
      input.value = String(index);
      input.checked = answerOf(question.number) === index;
      input.addEventListener("change", () => choose(question.number, index));
      const span = document.createElement("span");
      span.textContent = `${String.fromCharCode(65 + index)}. ${text}`;
      label.append(input, span);
      return label;
    }));
    $("[data-previous]").disabled = state.currentQuestion <= 1;
    $("[data-next]").disabled = state.currentQuestion >= state.questions.length;
    $("[data-question-map]").replaceChildren(...state.questions.map((q) => {
      const button = document.createElement("button");
      button.type = "button";
      const answered = answerOf(q.number) !== undefined;
      button.className = `btn btn-sm ${q.number === state.currentQuestion ? "btn-primary" : answered ? "btn-success" : "btn-outline-secondary"}`;
      button.textContent = String(q.number);
      button.dataset.answered = String(answered);
      button.setAttribute("aria-label", `${q.number}${answered ? " ✓" : ""}`);
      if (q.number === state.currentQuestion) {
        button.setAttribute("aria-current", "step");
      }
      button.addEventListener("click", () => go(q.number));
      return button;
    }));
    setSaveStatus();
  }

  function renderResult(result) {
    $("[data-question-area]").classList.add("d-none");
    $("[data-loading]").classList.add("d-none");
    $("[data-finish-dialog]").open && $("[data-finish-dialog]").close();
    const section = $("[data-result]");
    section.classList.remove("d-none");
    $("[data-timer]").closest(".exam-timer").classList.add("d-none");
    $("[data-save-status]").classList.add("d-none");
    if (!result) {
      return;
    }
    $("[data-result-score]").textContent = format(texts.score, result.score);
    $("[data-result-status]").textContent = result.passed ? texts.passed : texts.failed;
    $("[data-result-status]").className = `fs-4 fw-semibold ${result.passed ? "text-success" : "text-danger"}`;
    $("[data-result-certificate]")?.classList.toggle("d-none", !(result.passed && section.dataset.hasCertificate === "true"));
    $("[data-result-detail]").textContent = format(texts.detail, result.passingGrade, result.attemptsRemaining)
      + (result.submittedByServer ? ` ${texts.byServer}` : "") + (result.endedByAdmin ? ` ${texts.byAdmin}` : "")
      + (result.endedForIncidents ? ` ${texts.byIncidents}` : "");
    integrity.hidePrompt();
  }

  function remainingMs() {
    return Math.max(0, remainingAt.ms - (performance.now() - remainingAt.at));
  }

  function setRemaining(ms) {
    remainingAt = { ms, at: performance.now() };
  }

  function renderTimer() {
    if (!state || state.status === "submitted") {
      return;
    }
    const seconds = Math.ceil(remainingMs() / 1000);
    const text = `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
    $("[data-timer]").textContent = text;
    const minutes = Math.ceil(seconds / 60);
    if (ANNOUNCE_AT_MINUTES.includes(minutes) && seconds % 60 === 0 && !announced.has(minutes)) {
      announced.add(minutes);
      $("[data-timer-announce]").textContent = format(texts.minutesLeft, minutes);
    }
  }

  function scheduleResend() {
    if (resendTimer !== null) {
      return;
    }
    const delay = RESEND_DELAYS[Math.min(resendCount, RESEND_DELAYS.length - 1)];
    resendCount += 1;
    resendTimer = setTimeout(async () => {
      resendTimer = null;
      if (!online || elsewhere || !state || state.status === "submitted") {
        return;
      }
      // Oldest first; a send that fails again schedules the next try. A repeat is stored once (same sequence).
      for (const answer of pending.all().sort((a, b) => a.sequence - b.sequence)) {
        if (!(await send(answer))) {
          return;
        }
      }
    }, delay);
  }

  /** @returns {Promise<boolean>} whether the server answered (acknowledged, refused or elsewhere). */
  async function send(answer) {
    try {
      const ack = await connection.invoke("SelectAnswer", attemptId, answer.questionNumber, answer.option, answer.sequence);
      resendCount = 0;
      if (ack.status !== "Elsewhere") {
        pending.remove(ack.sequence);
      }
      if (ack.status === "Saved") {
        state.answers[answer.questionNumber] = answer.option;
      }
      if (ack.status === "Refused") {
        showError(ack.reason);
        await rejoin();
      }
      if (ack.status === "Elsewhere") {
        // Not stored: it stays pending and goes in when the examinee takes the attempt back here.
        setElsewhere(true);
      }
    } catch {
      // Not acknowledged: stays pending and is sent again after the reconnect, or shortly if the connection is up.
      setSaveStatus();
      if (online) {
        scheduleResend();
      }
      return false;
    }
    setSaveStatus();
    return true;
  }

  function choose(questionNumber, option) {
    const answer = { questionNumber, option, sequence: pending.nextSequence(state.lastSequence) };
    pending.add(answer);
    render();
    if (online) {
      send(answer);
    }
  }

  async function go(number) {
    if (number < 1 || number > state.questions.length) {
      return;
    }
    state.currentQuestion = number;
    render();
    try {
      const fresh = await connection.invoke("Navigate", attemptId, number);
      apply(fresh, { keepQuestion: true });
    } catch {
      // The server will learn the position on the next successful call; the answers are what matter.
    }
  }

  function apply(fresh, { keepQuestion = false } = {}) {
    const current = state?.currentQuestion;
    state = fresh;
    if (keepQuestion && current) {
      state.currentQuestion = current;
    }
    setRemaining(fresh.remainingMs);
    render();
  }

  async function rejoin() {
    const fresh = await connection.invoke("Join", attemptId);
    setElsewhere(false);
    if (fresh.tookOver) {
      warn(texts.tookOver);
    }
    apply(fresh);
    for (const answer of pending.all().sort((a, b) => a.sequence - b.sequence)) {
      await send(answer);
    }
  }

  function openFinishDialog() {
    const unanswered = state.questions.filter((q) => answerOf(q.number) === undefined).map((q) => q.number);
    $("[data-unanswered]").textContent = unanswered.length ? format(texts.unanswered, unanswered.join(", ")) : texts.allAnswered;
    $("[data-finish-dialog]").showModal();
  }

  async function finish() {
    try {
      for (const answer of pending.all().sort((a, b) => a.sequence - b.sequence)) {
        await send(answer);
      }
      apply(await connection.invoke("Submit", attemptId));
    } catch (error) {
      showError(error.message);
    }
  }

  connection.on("tick", (message) => setRemaining(message.remainingMs));
  connection.on("updated", (message) => {
    if (state?.status === "submitted" && message.status !== "submitted") {
      // An admin reopened the attempt after a technical fault: the page loads it again, running, with its answers.
      location.reload();
      return;
    }
    if (message.activePage && message.activePage !== page && message.status !== "submitted") {
      setElsewhere(true);
    }
    if (message.status === "submitted") {
      state.status = "submitted";
      state.result = message.result;
      renderResult(message.result);
    } else {
      setRemaining(message.remainingMs);
    }
  });
  connection.onreconnecting(() => { online = false; setSaveStatus(); });
  connection.onreconnected(() => { online = true; showError(""); rejoin().catch((e) => showError(e.message)); });
  connection.onclose(() => { online = false; setSaveStatus(); });

  $("[data-previous]").addEventListener("click", () => go(state.currentQuestion - 1));
  $("[data-next]").addEventListener("click", () => go(state.currentQuestion + 1));
  $("[data-finish]").addEventListener("click", openFinishDialog);
  $("[data-finish-cancel]").addEventListener("click", () => $("[data-finish-dialog]").close());
  $("[data-finish-confirm]").addEventListener("click", () => { $("[data-finish-dialog]").close(); finish(); });
  $("[data-take-back]").addEventListener("click", () => rejoin().catch((e) => showError(e.message)));
  const integrity = watchIntegrity(root, report);
  setInterval(renderTimer, 250);

  async function connect() {
    try {
      await connection.start();
      online = true;
      await rejoin();
    } catch (error) {
      online = false;
      setSaveStatus();
      if (error?.message && !String(error.message).includes("Failed to fetch")) {
        showError(error.message);
      }
      setTimeout(connect, 3000);
    }
  }

  connect();
}
