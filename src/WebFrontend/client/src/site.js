// Site-wide browser code: Bootstrap behaviour, the server clock in the footer, the captcha refresh, table downloads,
// learning progress, the exam page and its waiting room, the admin's live exam board.
import "bootstrap";
import { startServerClock } from "./serverClock.js";
import { wireCaptchaRefresh } from "./captchaRefresh.js";
import { wireTableDownload } from "./tableDownload.js";
import { watchReading, watchVideo } from "./materialProgress.js";
import { startExamPage } from "./examPage.js";
import { startMonitorPage, wireCoursePicker } from "./monitorPage.js";
import { startMonitorOverview } from "./monitorOverview.js";
import { startWaitingRoom } from "./waitingRoom.js";
import { showProgressBars } from "./progressBars.js";

const clock = document.querySelector("[data-server-clock]");
if (clock) {
  startServerClock(clock);
}

showProgressBars([...document.querySelectorAll(".progress-bar[data-progress]")]);
document.querySelectorAll("[data-captcha-refresh]").forEach(wireCaptchaRefresh);
document.querySelectorAll("[data-download-table]").forEach(wireTableDownload);
document.querySelectorAll("[data-reading-end]").forEach(watchReading);
document.querySelectorAll("video[data-material-video]").forEach(watchVideo);
document.querySelectorAll("[data-exam]").forEach(startExamPage);
document.querySelectorAll("[data-monitor]").forEach(startMonitorPage);
document.querySelectorAll("[data-monitor-all]").forEach(startMonitorOverview);
document.querySelectorAll("[data-course-select]").forEach(wireCoursePicker);
document.querySelectorAll("[data-exam-waiting]").forEach(startWaitingRoom);
