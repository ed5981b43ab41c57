/** Per-user preferences (localStorage, partitioned) and per-workbook settings (document settings). */
import {
  dateOrderForLanguage,
  defaultPreferences,
  loadPreferences,
  savePreferences,
} from "../../src/excel/preferences";
import { DEFAULT_CLOSED_STATUSES } from "../../src/core";
import { isShippedClosedDefault, SHIPPED_CLOSED_DEFAULTS } from "../../src/core/closedStatuses";
import { checkRequirements } from "../../src/excel/requirements";
import { loadWorkbookSettings, saveWorkbookSettings, SETTINGS_KEY } from "../../src/excel/workbookSettings";
import { MemoryWorkbook } from "../../src/preview/memory";
import { install } from "./useMemoryExcel";

const store = new Map<string, string>();
beforeAll(() => {
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
});
afterEach(() => {
  store.clear();
});

test.each([
  ["en-US", "MDY"],
  ["en-GB", "DMY"],
  ["fr-FR", "DMY"],
  ["de-DE", "DMY"],
  ["es-ES", "DMY"],
  ["it-IT", "DMY"],
  ["ja-JP", "YMD"],
  ["zh-CN", "YMD"],
  ["ko-KR", "YMD"],
  ["hu-HU", "YMD"],
  [undefined, "MDY"],
] as const)("display language %s reads dates as %s", (language, order) => {
  expect(dateOrderForLanguage(language)).toBe(order);
});

test("preferences default from Office's display language and persist per partition", () => {
  install(new MemoryWorkbook({ displayLanguage: "en-GB", partitionKey: "p1" }));
  const prefs = loadPreferences();
  expect(prefs).toEqual(defaultPreferences("en-GB"));
  expect(prefs.dateOrder).toBe("DMY");
  savePreferences({ ...prefs, reminderMinutes: 30, dateOrder: "YMD" });
  expect([...store.keys()]).toEqual(["p1NextStep.preferences"]);
  expect(loadPreferences()).toMatchObject({ reminderMinutes: 30, dateOrder: "YMD" });
});

test("a corrupt or hostile stored entry falls back to defaults field by field", () => {
  install(new MemoryWorkbook({ displayLanguage: "en-US" }));
  store.set(
    "NextStep.preferences",
    JSON.stringify({ reminderMinutes: -5, dateOrder: "XYZ", defaultFollowUpTime: "10:30" }),
  );
  expect(loadPreferences()).toMatchObject({ reminderMinutes: 15, dateOrder: "MDY", defaultFollowUpTime: "10:30" });
  store.set("NextStep.preferences", "{not json");
  expect(loadPreferences()).toEqual(defaultPreferences("en-US"));
});

test("'remind me the day before' is off by default, persists, and a non-boolean stored value reads as off", () => {
  install(new MemoryWorkbook({ displayLanguage: "en-US" }));
  expect(loadPreferences().remindDayBefore).toBe(false);
  savePreferences({ ...loadPreferences(), remindDayBefore: true });
  expect(JSON.parse(store.get("NextStep.preferences") as string)).toMatchObject({ remindDayBefore: true });
  expect(loadPreferences().remindDayBefore).toBe(true);
  store.set("NextStep.preferences", JSON.stringify({ remindDayBefore: "yes", reminderMinutes: 30 }));
  expect(loadPreferences()).toMatchObject({ remindDayBefore: false, reminderMinutes: 30 });
});

test("workbook settings live under one key, saved with the file", async () => {
  const workbook = new MemoryWorkbook();
  install(workbook);
  expect(loadWorkbookSettings()).toEqual({});
  await saveWorkbookSettings({ columns: { prospect: 0, date: 5 }, sourceKey: "table:Prospects", highlightOn: true });
  expect(workbook.savedSettings[SETTINGS_KEY]).toEqual({
    columns: { prospect: 0, date: 5 },
    sourceKey: "table:Prospects",
    highlightOn: true,
  });
  expect(loadWorkbookSettings()).toMatchObject({ highlightOn: true, columns: { date: 5 } });
});

test("an old Excel is told which version NextStep needs", () => {
  install(new MemoryWorkbook({ requirementSets: { ExcelApi: "1.6" } }));
  const check = checkRequirements();
  expect(check.ok).toBe(false);
  expect(!check.ok && check.message).toContain("Excel 2019 or Microsoft 365 (ExcelApi 1.7)");
  install(new MemoryWorkbook({ requirementSets: { ExcelApi: "1.7" } }));
  expect(checkRequirements()).toEqual({ ok: true });
});

test("a closed-word list saved while it was an older default follows today's default; an edited list is kept", () => {
  install(new MemoryWorkbook({ displayLanguage: "en-US" }));
  const olderDefault = ["won", "lost", "closed", "closed won", "closed lost", "dead", "disqualified", "not interested"];
  store.set("NextStep.preferences", JSON.stringify({ closedStatuses: olderDefault, reminderMinutes: 30 }));
  const upgraded = loadPreferences();
  expect(upgraded.closedStatuses).toEqual([...DEFAULT_CLOSED_STATUSES]);
  expect(upgraded.closedStatuses).toContain("abandoned");
  expect(upgraded.reminderMinutes).toBe(30);
  // The rep removed "dead" from that list: a choice, kept as it is.
  const edited = olderDefault.filter((w) => w !== "dead");
  store.set("NextStep.preferences", JSON.stringify({ closedStatuses: edited }));
  expect(loadPreferences().closedStatuses).toEqual(edited);
});

test("the current closed-word default is recorded as the latest shipped default", () => {
  expect(SHIPPED_CLOSED_DEFAULTS[SHIPPED_CLOSED_DEFAULTS.length - 1]).toEqual(DEFAULT_CLOSED_STATUSES);
  expect(isShippedClosedDefault([...DEFAULT_CLOSED_STATUSES].reverse().map((w) => w.toUpperCase()))).toBe(true);
});
