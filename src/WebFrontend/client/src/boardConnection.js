// The admin pages' line to the monitor hub: reconnects by itself, shows its state in a badge, and loads the
// board again after every (re)connect, which resynchronises whatever was missed.
import { HubConnectionBuilder, LogLevel } from "@microsoft/signalr";

const RETRY_DELAYS = [0, 1000, 2000, 5000, 10000];

export const wibClock = (iso) =>
  new Date(iso).toLocaleTimeString("id-ID", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "Asia/Jakarta" });

/** `wire(connection)` adds the push handlers before the start; `load()` runs after each (re)connect. */
export function openBoardConnection(badge, texts, wire, load) {
  const connection = new HubConnectionBuilder()
    .withUrl("/hubs/pantau")
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => RETRY_DELAYS[Math.min(ctx.previousRetryCount, RETRY_DELAYS.length - 1)] })
    .configureLogging(LogLevel.Warning)
    .build();

  const setLive = (live) => {
    badge.textContent = live ? texts.live : texts.offline;
    badge.className = `badge ${live ? "text-bg-success" : "text-bg-warning"}`;
  };

  wire(connection);
  connection.onreconnecting(() => setLive(false));
  connection.onreconnected(() => { setLive(true); load(); });
  (async function start() {
    try {
      await connection.start();
      setLive(true);
      await load();
    } catch {
      setLive(false);
      setTimeout(start, 2000);
    }
  })();
  return connection;
}
