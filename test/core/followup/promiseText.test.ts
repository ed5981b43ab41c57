/** The promise a next step makes is checked against the date cell, and can be said back to the prospect. */
import { dayFromIso } from "../../../src/core/dayNumber";
import { promiseConflict, promiseLanguage, promiseSentence, readPromise } from "../../../src/core/followup";
import { promisedTime } from "../../../src/core/followup/promisedTime";
import { planReminders } from "../../../src/core/reminders";
import type { DateOrder } from "../../../src/core/types";
import { makeRow, NOW, SOURCE } from "../reminders/makeRows";

const TODAY = "2026-12-02";
const day = (iso: string): number => dayFromIso(iso) as number;

const conflicts: [step: string, due: string, order: DateOrder, expected: string | undefined][] = [
  ["Send proposal by Fri", "2026-12-14", "MDY", "Next step says Fri, date says 12/14"],
  ["Send proposal by Fri", "2026-12-14", "DMY", "Next step says Fri, date says 14/12"],
  // Typed last week: that Friday is still a Friday.
  ["Send proposal by Fri", "2026-11-27", "MDY", undefined],
  ["Send proposal by Fri", "2026-12-11", "MDY", undefined],
  ["demo 12/9 at 2pm", "2026-12-09T14:00", "MDY", undefined],
  ["demo 12/9 at 2pm", "2026-12-10", "MDY", "Next step says 12/9, date says 12/10"],
  ["demo 12/9 at 2pm", "2026-12-09T10:00", "MDY", "Next step says 2pm, time says 10:00"],
  // Words that count from the day they were typed cannot be checked later.
  ["Call tomorrow", "2026-12-20", "MDY", undefined],
  ["Call in 2 weeks", "2026-12-20", "MDY", undefined],
  ["rappeler lundi 14h", "2026-12-08T14:00", "DMY", "Next step says lundi, date says 8/12"],
  ["Negotiate pricing", "2026-12-09", "MDY", undefined],
];

test.each(conflicts)("%s vs %s (%s): %s", (step, due, order, expected) => {
  expect(promiseConflict(readPromise(step, { today: TODAY, dateOrder: order }), due, order)).toBe(expected);
});

test("no date cell, no contradiction: the pane offers the promise instead", () => {
  expect(promiseConflict(readPromise("Call Fri", { today: TODAY }), undefined, "MDY")).toBeUndefined();
});

const sentences: [lang: string, order: DateOrder, minutes: number, expected: string][] = [
  ["en-US", "MDY", 600, "I'll follow up with you on Tuesday, December 8 at 10:00."],
  ["en-GB", "DMY", 600, "I'll follow up with you on Tuesday, 8 December at 10:00."],
  ["en-US", "MDY", -1, "I'll follow up with you on Tuesday, December 8."],
  ["fr-FR", "DMY", 870, "Je reviendrai vers vous le mardi 8 décembre à 14:30."],
  ["de-DE", "DMY", 600, "Ich melde mich am Dienstag, 8. Dezember, um 10:00 Uhr bei Ihnen."],
  ["es-ES", "DMY", 600, "Me pondré en contacto con usted el martes 8 de diciembre a las 10:00."],
  ["it-IT", "DMY", 600, "La ricontatterò martedì 8 dicembre alle 10:00."],
  ["pt-BR", "DMY", 600, "Volto a falar consigo na terça-feira, 8 de dezembro, às 10:00."],
  ["nl-NL", "DMY", 600, "Ik neem op dinsdag 8 december om 10:00 weer contact met u op."],
  ["ja-JP", "YMD", 600, "I'll follow up with you on Tuesday, December 8 at 10:00."],
];

test.each(sentences)("Copy promise in %s (%s)", (lang, order, minutes, expected) => {
  expect(promiseSentence(day("2026-12-08"), minutes, { order, language: promiseLanguage(lang) })).toBe(expected);
});

test("the first of the month in French is '1er'", () => {
  expect(promiseSentence(day("2027-01-01"), -1, { order: "DMY", language: "fr" })).toBe(
    "Je reviendrai vers vous le vendredi 1er janvier.",
  );
});

test.each([
  ["Call Monday 10am", "2026-12-07", "10:00"],
  ["Call at 3pm", "2026-12-09", "15:00"],
  ["demo 12/9 at 2pm", "2026-12-09", "14:00"],
  ["demo 12/9 at 2pm", "2026-12-10", undefined],
  ["Call Monday 10am", "2026-12-08", undefined],
  ["Negotiate pricing", "2026-12-08", undefined],
])("the reminder's time for %s due %s is %s", (step, due, time) => {
  expect(promisedTime(step, due)).toBe(time);
});

test("reminders take the promised time when the sheet has none, and say where it came from", () => {
  const row = makeRow(1, { due: "2026-12-07", fields: { ...makeRow(1).fields, nextStep: "Call Monday 10am" } });
  const [main] = planReminders({ rows: [row], now: NOW, timeZone: "Europe/Paris", source: SOURCE }).reminders;
  expect(main.startLocal).toBe("2026-12-07T10:00");
  expect(main.timeNote).toBe("10:00 from the next step");
  const timed = makeRow(2, { due: "2026-12-07T16:00", fields: { ...makeRow(2).fields, nextStep: "Call Monday 10am" } });
  expect(
    planReminders({ rows: [timed], now: NOW, timeZone: "Europe/Paris", source: SOURCE }).reminders[0].startLocal,
  ).toBe("2026-12-07T16:00");
});
