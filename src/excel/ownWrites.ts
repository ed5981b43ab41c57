/**
 * Remembers when the add-in itself last wrote (cell values, or conditional formats: onChanged fires "when either the
 * format or value of the data changes"), so the change watcher can ignore the events those writes raise on hosts that
 * neither honour enableEvents (ExcelApi 1.8) nor report triggerSource (1.14), such as Office 2019.
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
