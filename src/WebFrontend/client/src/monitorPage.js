// The admin's live exam board ("Pantau Ujian"): the board comes from the monitor hub, changes are pushed to it.
// The server aggregates and pages; this page keeps one page of rows, merges pushed changes into it and asks for
// the page again (at most once a second) when a change may move rows in or out of it.
import { openBoardConnection, wibClock } from "./boardConnection.js";

const PAGE_SIZE = 50;
const EMPTY_TOTALS = { started: 0, inProgress: 0, submitted: 0, passed: 0, failed: 0, online: 0, answersPerMinute: 0, scoreBands: Array(10).fill(0), withIncidents: 0 };

export function startMonitorPage(root) {
  const courseCode = root.dataset.courseCode;
  const texts = root.querySelector("[data-board-texts]").dataset;
  const $ = (selector) => root.querySelector(selector);
  const format = (text, ...values) => values.reduce((t, v, i) => t.replace(`{${i}}`, v), text);
  const query = { search: "", onlyInProgress: false, page: 1, pageSize: PAGE_SIZE, sittingId: root.dataset.sittingId || null };
  const rows = new Map();
  let order = [];
  let matching = 0;
  let serverOffset = 0;
  let refetch = null;


  function remaining(row) {
    if (row.status !== "InProgress") {
      return "—";
    }
    const ms = Math.max(0, Date.parse(row.deadline) - (Date.now() - serverOffset));
    const s = Math.floor(ms / 1000);
    return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
  }

  function status(row) {
    if (row.status === "InProgress") {
      return `<span class="badge text-bg-info">${texts.running}</span>`;
    }
    const reason = row.endedForIncidents ? texts.endedForIncidents : row.submittedByServer ? texts.byServer : "";
    const by = reason ? ` <span class="small text-body-secondary">(${reason})</span>` : "";
    return `<span class="badge ${row.passed ? "text-bg-success" : "text-bg-danger"}">${row.passed ? texts.passed : texts.failed} · ${row.score}</span>${by}`;
  }

  function incidents(row) {
    const td = cell(row.incidents > 0 ? String(row.incidents) : "—");
    td.dataset.incidents = String(row.incidents);
    if (row.incidents > 0 && row.lastIncident) {
      td.className = "text-warning-emphasis fw-semibold";
      const last = document.createElement("div");
      last.className = "small fw-normal";
      last.dataset.lastIncident = row.lastIncident;
      last.textContent = `${texts[`incident${row.lastIncident}`] ?? row.lastIncident} · ${wibClock(row.lastIncidentAt)}`;
      td.append(last);
    }
    return td;
  }

  function cell(text) {
    const td = document.createElement("td");
    td.textContent = text;
    return td;
  }

  function renderRow(row) {
    const tr = document.createElement("tr");
    tr.dataset.attemptId = row.attemptId;
    tr.dataset.username = row.username;
    tr.append(cell(row.fullName), cell(row.nip), cell(row.unit), cell(row.status === "InProgress" ? String(row.currentQuestion) : "—"),
      cell(`${row.answered}/${row.total}`));
    const time = cell(remaining(row));
    time.dataset.remaining = "";
    time.className = "font-monospace";
    const online = cell(row.online ? texts.online : format(texts.away, wibClock(row.lastSeen)));
    online.dataset.online = row.online ? "true" : "false";
    online.className = row.online ? "text-success" : "text-body-secondary";
    tr.append(time, online, incidents(row));
    const state = document.createElement("td");
    state.innerHTML = status(row);
    const actions = document.createElement("td");
    if (row.status === "InProgress") {
      actions.append(actionButton(texts.extend, "btn-outline-primary", () => openAction("extend", row)),
        actionButton(texts.end, "btn-outline-danger", () => openAction("end", row)));
    } else if (!row.passed) {
      // Only for a technical fault (time ran out, or ended by a supervisor); the attempt grain refuses the rest with a reason.
      actions.append(actionButton(texts.reopen, "btn-outline-secondary", () => openAction("reopen", row)));
    }
    tr.append(state, actions);
    return tr;
  }

  function actionButton(label, style, onClick) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = `btn btn-sm ${style} me-1 mb-1`;
    button.textContent = label;
    button.addEventListener("click", onClick);
    return button;
  }

  const dialog = $("[data-action-dialog]");
  let pendingAction = null;

  function openAction(kind, row) {
    pendingAction = { kind, row };
    $("[data-action-title]").textContent = { end: texts.end, extendAll: texts.extendAll, reopen: texts.reopen }[kind] ?? texts.extend;
    $("[data-action-who]").textContent = row ? `${row.fullName} (${row.nip})` : query.sittingId ? texts.everyoneInSitting : texts.everyone;
    $("[data-action-minutes-field]").classList.toggle("d-none", kind === "end");
    $("[data-action-reason]").value = "";
    $("[data-action-error]").classList.add("d-none");
    dialog.showModal();
  }

  function showMessage(result) {
    const box = $("[data-board-message]");
    const parts = [];
    if (result.done > 0) {
      parts.push(format(texts.done, result.done));
    }
    if (result.refused > 0) {
      parts.push(format(texts.refused, result.refused, result.refusals.join(" ")));
    }
    box.textContent = parts.join(" ");
    box.className = `alert ${result.refused > 0 ? "alert-warning" : "alert-success"}`;
  }

  $("[data-action-cancel]").addEventListener("click", () => dialog.close());
  $("[data-extend-all]").addEventListener("click", () => openAction("extendAll", null));
  $("[data-action-form]").addEventListener("submit", async (e) => {
    e.preventDefault();
    const reason = $("[data-action-reason]").value.trim();
    const error = $("[data-action-error]");
    if (!reason) {
      error.textContent = texts.reasonRequired;
      error.classList.remove("d-none");
      return;
    }
    const minutes = Number($("[data-action-minutes]").value);
    const { kind, row } = pendingAction;
    try {
      const result = kind === "end" ? await connection.invoke("End", row.attemptId, reason)
        : kind === "extendAll" && query.sittingId ? await connection.invoke("ExtendTimeForSitting", courseCode, query.sittingId, minutes, reason)
        : kind === "extendAll" ? await connection.invoke("ExtendTimeForAll", courseCode, minutes, reason)
        : kind === "reopen" ? await connection.invoke("Reopen", row.attemptId, minutes, reason)
        : await connection.invoke("ExtendTime", row.attemptId, minutes, reason);
      dialog.close();
      showMessage(result);
      load("Page");
    } catch (err) {
      error.textContent = err.message.replace(/^.*HubException: /, "");
      error.classList.remove("d-none");
    }
  });

  function renderRows() {
    const body = $("[data-board-rows]");
    body.replaceChildren(...order.map((id) => renderRow(rows.get(id))));
    if (order.length === 0) {
      const tr = document.createElement("tr");
      const td = cell(texts.empty);
      td.colSpan = 10;
      td.className = "text-body-secondary";
      tr.append(td);
      body.append(tr);
    }
    const pages = Math.max(1, Math.ceil(matching / PAGE_SIZE));
    $("[data-board-page]").textContent = format(texts.page, query.page, pages, matching);
    $("[data-board-previous]").disabled = query.page <= 1;
    $("[data-board-next]").disabled = query.page >= pages;
  }

  function renderTotals(totals, at) {
    for (const el of root.querySelectorAll("[data-total]")) {
      el.textContent = totals[el.dataset.total] ?? 0;
    }
    const bands = $("[data-score-bands]");
    const max = Math.max(1, ...totals.scoreBands);
    bands.replaceChildren(...totals.scoreBands.map((count, i) => {
      const bar = document.createElement("div");
      bar.className = "score-band";
      bar.style.setProperty("--share", `${(count / max) * 100}%`);
      bar.title = `${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${count}`;
      bar.dataset.count = count;
      bar.innerHTML = `<span class="score-band-bar"></span><span class="score-band-label">${i * 10}</span>`;
      return bar;
    }));
    $("[data-board-updated]").textContent = format(texts.updated, wibClock(at));
  }

  function show(board) {
    serverOffset = Date.now() - Date.parse(board.at);
    rows.clear();
    board.rows.forEach((r) => rows.set(r.attemptId, r));
    order = board.rows.map((r) => r.attemptId);
    matching = board.matching;
    renderTotals(board.totals, board.at);
    renderRows();
  }

  async function load(method) {
    try {
      show(await connection.invoke(method, courseCode, query));
    } catch (err) {
      console.warn("board", err);
    }
  }

  function scheduleRefetch() {
    refetch ??= setTimeout(() => { refetch = null; load("Page"); }, 1000);
  }

  function onChanged(change) {
    if (change.courseCode !== courseCode) {
      return;
    }
    // Filtered to a sitting, the totals are that sitting's (none yet until one of its examinees starts).
    const totals = query.sittingId ? change.sittingTotals?.[query.sittingId] : change.totals;
    renderTotals(totals ?? EMPTY_TOTALS, change.at);
    let outside = false;
    for (const row of change.changed) {
      if (query.sittingId && row.sittingId !== query.sittingId) {
        continue;
      }
      if (rows.has(row.attemptId)) {
        rows.set(row.attemptId, row);
      } else {
        outside = true;
      }
    }
    renderRows();
    if (outside || query.onlyInProgress) {
      scheduleRefetch();
    }
  }

  const connection = openBoardConnection($("[data-board-connection]"), texts, (c) => c.on("changed", onChanged), () => load("Watch"));

  let searchTimer = null;
  $("[data-board-search]").addEventListener("input", (e) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { query.search = e.target.value; query.page = 1; load("Page"); }, 300);
  });
  $("[data-board-sitting]")?.addEventListener("change", (e) => { query.sittingId = e.target.value || null; query.page = 1; load("Page"); });
  $("[data-board-running]").addEventListener("change", (e) => { query.onlyInProgress = e.target.checked; query.page = 1; load("Page"); });
  $("[data-board-filter]").addEventListener("submit", (e) => e.preventDefault());
  $("[data-board-previous]").addEventListener("click", () => { query.page = Math.max(1, query.page - 1); load("Page"); });
  $("[data-board-next]").addEventListener("click", () => { query.page += 1; load("Page"); });
  setInterval(() => root.querySelectorAll("[data-board-rows] tr").forEach((tr) => {
    const row = rows.get(tr.dataset.attemptId);
    const td = tr.querySelector("[data-remaining]");
    if (row && td) {
      td.textContent = remaining(row);
    }
  }), 1000);
}

export function wireCoursePicker(select) {
  select.addEventListener("change", () => {
    window.location.href = select.value ? `/admin/ujian/${encodeURIComponent(select.value)}` : "/admin/ujian";
  });
}
