/** Saves .ics text as a file through a Blob link (the no-sign-in "Add to Outlook" path). */
export function downloadIcs(ics: string, fileName = "NextStep follow-ups.ics", doc: Document = document): void {
  const blob = new Blob([ics], { type: "text/calendar;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName.replace(/[\\/:*?"<>|]+/g, "-");
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
