/** What a next step promises, read as a rep means it, in every language NextStep reads dates in. */
import { readPromise } from "../../../src/core/followup";
import type { DateOrder } from "../../../src/core/types";

// Wednesday.
const TODAY = "2026-12-02";

const cases: [
  text: string,
  order: DateOrder,
  date: string | undefined,
  time: string | undefined,
  dayText: string | null,
][] = [
  ["Call Monday 10am", "MDY", "2026-12-07", "10:00", "Monday"],
  ["send proposal by Fri", "MDY", "2026-12-04", undefined, "Fri"],
  ["demo 12/9 at 2pm", "MDY", "2026-12-09", "14:00", "12/9"],
  ["demo 9/12 at 2pm", "DMY", "2026-12-09", "14:00", "9/12"],
  ["demo 2026-12-09 14:30", "YMD", "2026-12-09", "14:30", "2026-12-09"],
  ["rappeler lundi 14h", "DMY", "2026-12-07", "14:00", "lundi"],
  ["Rappeler lundi à 14h30", "DMY", "2026-12-07", "14:30", "lundi"],
  ["Envoyer le devis le 9 décembre", "DMY", "2026-12-09", undefined, "9 décembre"],
  ["rappeler demain 9h", "DMY", "2026-12-03", "09:00", "demain"],
  ["relancer après-demain", "DMY", "2026-12-04", undefined, "après-demain"],
  ["Termin morgen um 10 Uhr", "DMY", "2026-12-03", "10:00", "morgen"],
  ["Angebot schicken Freitag", "DMY", "2026-12-04", undefined, "Freitag"],
  ["llamar mañana a las 10", "DMY", "2026-12-03", "10:00", "mañana"],
  ["enviar propuesta el jueves", "DMY", "2026-12-03", undefined, "jueves"],
  ["richiamare domani alle 15", "DMY", "2026-12-03", "15:00", "domani"],
  ["ligar amanhã às 9h", "DMY", "2026-12-03", "09:00", "amanhã"],
  ["bellen maandag om 11:00", "DMY", "2026-12-07", "11:00", "maandag"],
  ["Call in 2 weeks", "MDY", "2026-12-16", undefined, "in 2 weeks"],
  ["Follow up next Tue at 9:30", "MDY", "2026-12-08", "09:30", "next Tue"],
  ["Send quote tomorrow morning", "MDY", "2026-12-03", undefined, "tomorrow"],
  ["Call Dec 10, 3 pm", "MDY", "2026-12-10", "15:00", "Dec 10"],
  ["Call at 3pm", "MDY", undefined, "15:00", null],
  ["Call Sat", "MDY", "2026-12-05", undefined, "Sat"],
  // The Japanese, Chinese and Korean words for today and tomorrow that date cells accept are promises too.
  ["明日 10:00 電話", "YMD", "2026-12-03", "10:00", "明日"],
  ["今日 15:00 打ち合わせ", "YMD", "2026-12-02", "15:00", "今日"],
  ["明天 回电话", "YMD", "2026-12-03", undefined, "明天"],
  ["내일 전화", "YMD", "2026-12-03", undefined, "내일"],
];

test.each(cases)("%s (%s) → %s %s", (text, order, date, time, dayText) => {
  const promise = readPromise(text, { today: TODAY, dateOrder: order });
  expect(promise?.date).toBe(date);
  expect(promise?.time).toBe(time);
  expect(promise?.dayText).toBe(dayText ?? undefined);
});

test.each([
  "Send 2 proposals",
  "Sat down with the CFO",
  "rappeler mon client",
  "Call Dana (555) 123-4567",
  "Wait for sun",
  "",
  "Negotiate pricing",
])("%s promises nothing", (text) => {
  expect(readPromise(text, { today: TODAY })).toBeUndefined();
});

test("relative words count from options.today, never from the clock", () => {
  expect(readPromise("Call Monday", { today: "2026-12-07" })?.date).toBe("2026-12-14");
  expect(readPromise("Call tomorrow", { today: "2027-02-28" })?.date).toBe("2027-03-01");
});

test("a note far longer than a next step is not read", () => {
  expect(readPromise("Call Monday " + "x".repeat(400), { today: TODAY })).toBeUndefined();
});
