/** Excel 1900-system serial of a local calendar day "YYYY-MM-DD" (days since 1899-12-30). */
export function serialOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** The calendar day `offset` days after `iso`, as "YYYY-MM-DD". */
export function addDaysIso(iso: string, offset: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/** How a rep types a date as text in the US: "12/3/2026". */
export function usText(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${m}/${d}/${y}`;
}

/** How a rep outside the US types a date as text: "3/12/2026" for 3 December. */
export function dayFirstText(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}/${m}/${y}`;
}
