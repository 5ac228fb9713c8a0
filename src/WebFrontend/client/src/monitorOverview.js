// "Pantau Ujian" without a training: the totals of every training's board, kept current by the boards' pushes.
import { HubConnectionBuilder, LogLevel } from "@microsoft/signalr";

const RETRY_DELAYS = [0, 1000, 2000, 5000, 10000];

export function startMonitorOverview(root) {
  const texts = root.querySelector("[data-board-texts]").dataset;
  const badge = root.querySelector("[data-board-connection]");
  const clock = (iso) => new Date(iso).toLocaleTimeString("id-ID", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "Asia/Jakarta" });

  const connection = new HubConnectionBuilder()
    .withUrl("/hubs/pantau")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => RETRY_DELAYS[Math.min(ctx.previousRetryCount, RETRY_DELAYS.length - 1)] })
    .configureLogging(LogLevel.Warning)
    .build();

  function setConnection(live) {
    badge.textContent = live ? texts.live : texts.offline;
    badge.className = `badge ${live ? "text-bg-success" : "text-bg-warning"}`;
  }

  function show(courseCode, totals, at) {
    const row = root.querySelector(`[data-overview-course="${CSS.escape(courseCode)}"]`);
    if (!row) {
      return;
    }
    for (const cell of row.querySelectorAll("[data-total]")) {
      cell.textContent = totals[cell.dataset.total] ?? 0;
    }
    if (at) {
      root.querySelector("[data-board-updated]").textContent = texts.updated.replace("{0}", clock(at));
    }
  }

  async function load() {
    try {
      for (const line of await connection.invoke("WatchAll")) {
        show(line.courseCode, line.totals, null);
      }
    } catch (err) {
      console.warn("overview", err);
    }
  }

  connection.on("changed", (change) => show(change.courseCode, change.totals, change.at));
  connection.onreconnecting(() => setConnection(false));
  connection.onreconnected(() => { setConnection(true); load(); });

  (async function start() {
    try {
      await connection.start();
      setConnection(true);
      await load();
    } catch {
      setConnection(false);
      setTimeout(start, 2000);
    }
  })();
}
