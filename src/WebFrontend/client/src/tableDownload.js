// "Unduh ... (CSV)": turns a result table into a CSV file in the browser, so one-time values (initial
// passwords) never have to be stored on the server to be downloaded later.
export function wireTableDownload(button) {
  button.addEventListener("click", () => {
    const table = document.querySelector(button.dataset.downloadTable);
    if (!table) {
      return;
    }
    const quote = (text) => `"${text.trim().replaceAll('"', '""')}"`;
    const only = button.dataset.downloadRows;
    const rows = [...table.rows].filter((row, i) => i === 0 || !only || row.matches(only));
    const lines = rows.map((row) => [...row.cells].map((cell) => quote(cell.innerText)).join(","));
    const blob = new Blob(["\uFEFF" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = button.dataset.downloadName ?? "data.csv";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
}
