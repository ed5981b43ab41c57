import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { nextRoundHalfHour, planReminders } from "../../src/core/reminders";
import { expectAccessible } from "./support/axe";
import { launch, type Browser } from "./support/browser";
import { demoReport } from "./support/expected";
import { openPane } from "./support/pane";
import { serveDirectory, type StaticServer } from "./support/staticServer";

const ROOT = join(__dirname, "..", "..");
const DOCS = join(ROOT, "docs");
// The browser runs on this machine: same zone, same clock.
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(join(ROOT, "dist"));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openReminders(page: Page) {
  await page.getByRole("button", { name: "Create reminders" }).click();
  const dialog = page.getByRole("dialog", { name: "Create reminders" });
  await dialog.getByTestId("reminders-preview").waitFor();
  return dialog;
}

/** Clicks "Download .ics", catches the file through Playwright's download event, and parses it with ical.js. */
async function downloadIcs(page: Page): Promise<ICAL.Component[]> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .ics" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("NextStep follow-ups.ics");
  const comp = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), "utf8")));
  for (const tz of comp.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return comp.getAllSubcomponents("vevent");
}

const alarms = (ev: ICAL.Component) => ev.getAllSubcomponents("valarm");
const summary = (ev: ICAL.Component) => String(ev.getFirstPropertyValue("summary"));
/** "YYYY-MM-DDTHH:mm" of a DTSTART, in its own zone. */
const localStart = (ev: ICAL.Component) => (ev.getFirstPropertyValue("dtstart") as ICAL.Time).toString().slice(0, 16);

function demoPlan(prefs: Parameters<typeof planReminders>[0]["prefs"]) {
  const source = { workbook: "this workbook", sheet: "Pipeline" };
  return planReminders({ rows: demoReport().rows, prefs, now: Date.now(), timeZone: ZONE, source });
}

async function setDayBefore(page: Page, on: boolean): Promise<void> {
  await page.getByRole("button", { name: "Settings" }).click();
  const settings = page.getByRole("dialog", { name: "Settings" });
  await settings.waitFor();
  const toggle = settings.getByRole("switch", { name: "Also remind me the day before at 17:00" });
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await expectAccessible(page);
  await settings.getByRole("button", { name: "Save" }).click();
  await page.getByText("Settings saved.").waitFor();
}

describe("reminders: day before, remind me today, open in Outlook", () => {
  test("the day-before setting adds a small event at 17:00 the day before to the downloaded .ics", async () => {
    const { page, errors } = await openPane(browser, server.url);
    let dialog = await openReminders(page);
    const countsBefore = await dialog.getByTestId("reminders-preview").textContent();
    const plain = await downloadIcs(page);
    // What happened, and what to do next.
    await expect(dialog.getByTestId("ics-downloaded").textContent()).resolves.toContain(
      `Open NextStep follow-ups.ics to add ${plain.length} follow-ups to Outlook.`,
    );
    expect(plain.length).toBe(demoPlan({}).reminders.length);
    expect(plain.every((ev) => alarms(ev).length === 1)).toBe(true);
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "detached" });

    await setDayBefore(page, true);
    dialog = await openReminders(page);
    const expected = demoPlan({ dayBefore: true }).reminders.filter((r) => r.kind === "dayBefore");
    expect(expected.length).toBeGreaterThan(5);
    // The day-before reminder is a property of its follow-up's line: as many lines as before, none of its own.
    await expect(dialog.locator("[data-follow-up]", { hasText: "day-before reminder" }).count()).resolves.toBe(
      expected.length,
    );
    await expect(dialog.getByTestId("reminders-preview").textContent()).resolves.toBe(countsBefore);
    const events = await downloadIcs(page);
    // Each day-before reminder is its own small event (one VALARM each), as the Graph path makes it.
    expect(events.length).toBe(plain.length + expected.length);
    expect(events.every((ev) => alarms(ev).length === 1)).toBe(true);
    const byUid = new Map(events.map((ev) => [String(ev.getFirstPropertyValue("uid")), ev]));
    const befores = events.filter((ev) => ev.getFirstPropertyValue("related-to"));
    expect(befores.length).toBe(expected.length);
    for (const before of befores) {
      const main = byUid.get(String(before.getFirstPropertyValue("related-to")));
      const start = (main?.getFirstPropertyValue("dtstart") as ICAL.Time).clone();
      start.day -= 1;
      start.hour = 17;
      start.minute = 0;
      expect((before.getFirstPropertyValue("dtstart") as ICAL.Time).toUnixTime()).toBe(start.toUnixTime());
    }
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Close" }).click();
    await setDayBefore(page, false);
    expect(errors).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  test("'Remind me today' puts an overdue prospect in the .ics at today's next half hour", async () => {
    const { page, errors } = await openPane(browser, server.url);
    const dialog = await openReminders(page);
    const overdue = demoReport()
      .rows.filter((r) => r.state === "overdue")
      .sort((a, b) => (a.due as string).localeCompare(b.due as string));
    await dialog.getByText("overdue: update the date in the sheet (row " + overdue[0].row + ")").waitFor();
    const item = dialog.locator(`li[data-follow-up="${overdue[0].key}"]`);
    const before = await downloadIcs(page);
    expect(before.some((ev) => summary(ev).startsWith(`Follow up: ${overdue[0].prospect} `))).toBe(false);

    const at = nextRoundHalfHour(Date.now(), ZONE, { start: "08:00", end: "18:00" }, "09:00");
    await item.getByRole("checkbox").check();
    const listed = dialog.locator(`[data-follow-up="${overdue[0].key}"][data-action="create"]`);
    await listed.waitFor();
    await expect(listed.textContent()).resolves.toContain(
      at.slice(0, 10) === new Date().toLocaleDateString("sv") ? `today ${at.slice(11)}` : at.slice(11),
    );
    await expectAccessible(page);
    await page.screenshot({ path: join(DOCS, "reminders.png") });

    const after = await downloadIcs(page);
    expect(after.length).toBe(before.length + 1);
    const moved = after.find((ev) => summary(ev).startsWith(`Follow up: ${overdue[0].prospect} `));
    expect(moved && localStart(moved)).toBe(at);

    // "for all": every prospect the plan calls overdue (rows due earlier today count too, their time has passed).
    const planned = demoPlan({});
    expect(planned.overdue.length).toBeGreaterThanOrEqual(overdue.length);
    await dialog.getByRole("checkbox", { name: /^Remind me (today|tomorrow).* for all/ }).check();
    const total = planned.reminders.length + planned.overdue.length;
    await dialog.getByRole("heading", { name: `In the calendar file · ${total}` }).waitFor();
    expect((await downloadIcs(page)).length).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("'Open in Outlook' opens a prefilled Outlook on the web event, by keyboard, and fits 320 px", async () => {
    const { page, errors } = await openPane(browser, server.url, { viewport: { width: 320, height: 800 } });
    const opened: string[] = [];
    // The new window lands on Outlook on the web: answer it locally (CI has no internet).
    await browser.context.route(/^https:\/\/outlook\.office\.com\//, (route) => {
      opened.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/html", body: "<title>Outlook</title>" });
    });
    try {
      const dialog = await openReminders(page);
      const first = dialog.locator("[data-follow-up]").first();
      const button = first.getByRole("button", { name: /^Open follow-up with .+ in Outlook$/ });
      const label = (await button.getAttribute("aria-label")) as string;
      const prospect = /^Open follow-up with (.+) in Outlook$/.exec(label)?.[1] as string;
      expect(await button.isVisible()).toBe(true);
      const box = await button.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await expectAccessible(page);
      await button.focus();
      const [popup] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("Enter")]);
      await popup.waitForLoadState();
      const url = new URL(popup.url());
      expect(url.origin).toBe("https://outlook.office.com");
      expect(url.pathname).toBe("/calendar/deeplink/compose");
      expect(url.searchParams.get("subject")).toMatch(
        new RegExp(`^Follow up: ${prospect.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} — `),
      );
      expect(opened).toEqual([popup.url()]);
      await popup.close();
      await page.getByRole("button", { name: "Close" }).click();
      await dialog.waitFor({ state: "detached" });
      await page.waitForFunction(() => document.querySelector("main")?.closest("[aria-hidden=true], [inert]") === null);

      // The same from the attention list, without the dialog: the most overdue prospect, moved to today.
      const late = demoReport()
        .rows.filter((r) => r.state === "overdue")
        .sort((a, b) => (a.due as string).localeCompare(b.due as string))[0];
      const action = page.getByRole("button", { name: `Open follow-up with ${late.prospect} in Outlook` });
      await expectAccessible(page);
      const [second] = await Promise.all([page.waitForEvent("popup"), action.click()]);
      await second.waitForLoadState();
      const link = new URL(second.url());
      expect(link.origin).toBe("https://outlook.office.com");
      expect(link.searchParams.get("subject")).toMatch(new RegExp(`^Follow up: ${late.prospect} — `));
      // Today's next half hour, as the core plans it for an opted-in overdue prospect.
      const startUtc = planReminders({
        rows: [late],
        prefs: { remindTodayKeys: [late.key] },
        now: Date.now(),
        timeZone: ZONE,
        source: { workbook: "", sheet: "" },
      }).reminders[0].startUtc;
      expect(link.searchParams.get("startdt")).toBe(new Date(startUtc).toISOString().slice(0, 19) + "Z");
      await second.close();
      expect(errors).toEqual([]);
    } finally {
      await browser.context.unroute(/^https:\/\/outlook\.office\.com\//);
      await page.close();
    }
  });
});
