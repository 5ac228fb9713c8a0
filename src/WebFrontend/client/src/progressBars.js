// Progress bars carry their percentage in data-progress rather than a style attribute, which the page's
// Content-Security-Policy (style-src 'self') would refuse; setting element.style through the CSSOM is allowed.
export function percentOf(value) {
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 0;
}

export function setProgress(bar, percent) {
  bar.dataset.progress = String(percentOf(percent));
  bar.style.width = `${percentOf(percent)}%`;
}

/** Sizes every bar at once, without Bootstrap's width transition; later changes (setProgress) animate as before. */
export function showProgressBars(bars) {
  bars.forEach((bar) => setProgress(bar, bar.dataset.progress));
  requestAnimationFrame(() => bars.forEach((bar) => bar.setAttribute("data-progress-shown", "")));
}
