/** Shared set-up for the in-memory Excel tests: a small prospect sheet and the installed globals. */
import { installMemoryOffice, MemoryWorkbook, type MemoryInstallation } from "../../../src/preview/memory";

export const PROSPECTS = [
  ["Prospect", "Next step", "Date", "Status"],
  ["Acme", "Call back", 46350, "Open"],
  ["Globex", "Send quote", 46351, "Open"],
  ["Initech", "", 46352, "Won"],
];

export function prospectWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ today: "2026-11-25" });
  workbook.addSheet("Prospects", PROSPECTS);
  workbook.addSheet("Notes", [["free text"]]);
  return workbook;
}

/** Installs the fakes as globals for one test file; uninstalls after each test. */
export function useInstalled(make: () => MemoryWorkbook = prospectWorkbook): () => MemoryInstallation {
  let installation: MemoryInstallation | undefined;
  beforeEach(() => {
    installation = installMemoryOffice(make());
  });
  afterEach(() => installation?.uninstall());
  return () => {
    if (!installation) throw new Error("not installed");
    return installation;
  };
}

/** Runs fn and returns the Office-shaped error it rejects with. */
export async function officeError(
  fn: () => Promise<unknown>,
): Promise<{ code: string; message: string; name: string }> {
  try {
    await fn();
  } catch (error) {
    return error as { code: string; message: string; name: string };
  }
  throw new Error("expected an Office error");
}
