// Site-wide browser code: Bootstrap behaviour and the server clock in the footer.
import "bootstrap";
import { startServerClock } from "./serverClock.js";

const clock = document.querySelector("[data-server-clock]");
if (clock) {
  startServerClock(clock);
}
