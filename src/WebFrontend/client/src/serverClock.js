// Shows the server's time (WIB) in the footer. The server is the only clock: the browser asks the
// hub for the time, keeps the offset from its own clock, and only interpolates between asks.
import { HubConnectionBuilder, LogLevel } from "@microsoft/signalr";

const RESYNC_MS = 60_000;

export function startServerClock(element) {
  const connection = new HubConnectionBuilder()
    .withUrl("/hubs/clock")
    .withAutomaticReconnect()
    .configureLogging(LogLevel.Warning)
    .build();
  let offsetMs = null;
  const format = new Intl.DateTimeFormat("id-ID", {
    timeZone: "Asia/Jakarta", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false,
  });

  async function sync() {
    const sentAt = Date.now();
    const serverMs = await connection.invoke("GetServerTime");
    const receivedAt = Date.now();
    offsetMs = serverMs + (receivedAt - sentAt) / 2 - receivedAt;
    element.dataset.synced = "true";
  }

  function render() {
    if (offsetMs !== null) {
      element.textContent = `${format.format(new Date(Date.now() + offsetMs)).replaceAll(".", ":")} WIB`;
    }
  }

  connection.onreconnected(() => sync().catch(() => {}));
  connection.start()
    .then(sync)
    .then(() => {
      render();
      setInterval(render, 1000);
      setInterval(() => sync().catch(() => {}), RESYNC_MS);
    })
    .catch(() => { element.textContent = element.dataset.offlineText ?? "—"; });
}
