// "Pantau Ujian" without a training: the totals of every training's board, kept current by the boards' pushes.
import { openBoardConnection, wibClock } from "./boardConnection.js";

export function startMonitorOverview(root) {
  const texts = root.querySelector("[data-board-texts]").dataset;

  function show(courseCode, totals, at) {
    const row = root.querySelector(`[data-overview-course="${CSS.escape(courseCode)}"]`);
    if (!row) {
      return;
    }
    for (const cell of row.querySelectorAll("[data-total]")) {
      cell.textContent = totals[cell.dataset.total] ?? 0;
    }
    if (at) {
      root.querySelector("[data-board-updated]").textContent = texts.updated.replace("{0}", wibClock(at));
    }
  }

  const connection = openBoardConnection(root.querySelector("[data-board-connection]"), texts,
    (c) => c.on("changed", (change) => show(change.courseCode, change.totals, change.at)),
    async () => {
      try {
        for (const line of await connection.invoke("WatchAll")) {
          show(line.courseCode, line.totals, null);
        }
      } catch (err) {
        console.warn("overview", err);
      }
    });
}
