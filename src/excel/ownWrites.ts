/**
 * Remembers when the add-in itself last wrote to the workbook, so the change watcher can ignore the events those
 * writes raise (context.runtime.enableEvents covers that where the host has it, ExcelApi 1.8; this covers the rest).
 */

/** Events up to this long after our own write are taken to be its echo. */
export const OWN_WRITE_ECHO_MS = 250;

let lastOwnWrite = -Infinity;

export function markOwnWrite(now: number = Date.now()): void {
  lastOwnWrite = now;
}

export function isOwnWriteEcho(now: number = Date.now()): boolean {
  return now - lastOwnWrite <= OWN_WRITE_ECHO_MS;
}
