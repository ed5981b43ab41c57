import { parseDateText } from "../../src/core";

const TODAY = "2026-11-25";
const read = (text: string, order: "MDY" | "DMY" | "YMD" = "MDY"): string | undefined => {
  const p = parseDateText(text, order, TODAY);
  return p && (p.time ? `${p.date}T${p.time}` : p.date);
};

describe("parseDateText: ISO text", () => {
  it.each([
    ["2026-11-25", "2026-11-25"],
    ["2026-11-25 10:00", "2026-11-25T10:00"],
    ["2026-11-25T10:00", "2026-11-25T10:00"],
    ["2026-11-25T10:00:00Z", "2026-11-25T10:00"],
    ["2026-11-25T10:00:00.000+01:00", "2026-11-25T10:00"],
    ["2026-11-25 2:30 PM", "2026-11-25T14:30"],
    ["  2026-11-25  ", "2026-11-25"],
    ["2026/11/25", "2026-11-25"],
  ])("%p is %p", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe("parseDateText: numeric dates in the rep's order", () => {
  it.each([
    ["11/25/2026", "MDY", "2026-11-25"],
    ["11-25-2026", "MDY", "2026-11-25"],
    ["11.25.2026", "MDY", "2026-11-25"],
    ["1/5/2027", "MDY", "2027-01-05"],
    ["11/25/26", "MDY", "2026-11-25"],
    ["25/11/2026", "DMY", "2026-11-25"],
    ["25.11.2026", "DMY", "2026-11-25"],
    ["5/1/2027", "DMY", "2027-01-05"],
    ["26/11/25", "YMD", "2026-11-25"],
    ["2026-11-25", "DMY", "2026-11-25"],
    // Dots with the year last are day-first writing, even for a month-first reader; a dotted date that is only a date
    // month-first still reads.
    ["01.12.2026", "MDY", "2026-12-01"],
    ["5.1.2027", "MDY", "2027-01-05"],
    ["05.12.2026 14:30", "MDY", "2026-12-05T14:30"],
    ["11/25/2026 10:00 AM", "MDY", "2026-11-25T10:00"],
    ["11/25/2026 at 14:30", "MDY", "2026-11-25T14:30"],
    ["11/25/2026, 9am", "MDY", "2026-11-25T09:00"],
  ])("%p read %s is %p", (text, order, expected) => {
    expect(read(text, order as "MDY" | "DMY" | "YMD")).toBe(expected);
  });

  it.each([
    ["11/30", "MDY", "2026-11-30"],
    ["12/24", "MDY", "2026-12-24"],
    ["1/5", "MDY", "2027-01-05"],
    ["30/11", "DMY", "2026-11-30"],
    ["30.11.", "DMY", "2026-11-30"],
    ["30.11.", "MDY", "2026-11-30"],
    ["5.1.", "MDY", "2027-01-05"],
  ])("%p without a year (read %s) is the occurrence nearest today: %p", (text, order, expected) => {
    expect(read(text, order as "MDY" | "DMY" | "YMD")).toBe(expected);
  });
});

describe("parseDateText: month names", () => {
  it.each([
    ["Nov 30, 2026", "2026-11-30"],
    ["November 30 2026", "2026-11-30"],
    ["30 November 2026", "2026-11-30"],
    ["30 Nov 2026", "2026-11-30"],
    ["30-Nov-2026", "2026-11-30"],
    ["30-Nov-26", "2026-11-30"],
    ["Tuesday, November 25, 2026", "2026-11-25"],
    ["Wed Nov 25 2026", "2026-11-25"],
    ["Thurs. 26 Nov 2026", "2026-11-26"],
    ["Sept 3, 2027", "2027-09-03"],
    ["25th of November 2026", "2026-11-25"],
    ["December 1st, 2026", "2026-12-01"],
    ["2026 Nov 30", "2026-11-30"],
    ["NOV 30", "2026-11-30"],
    ["Nov 30, 2026 10:00 AM", "2026-11-30T10:00"],
    ["30 November 2026 at 14:30", "2026-11-30T14:30"],
  ])("%p is %p", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe("parseDateText: month names in French, German, Spanish, Italian, Portuguese and Dutch", () => {
  it.each([
    ["30 novembre 2026", "2026-11-30"],
    ["le 1er décembre 2026", "2026-12-01"],
    ["mardi 1 décembre 2026 à 10h", "2026-12-01T10:00"],
    ["2 déc. 2026", "2026-12-02"],
    ["3 août 2026 14h30", "2026-08-03T14:30"],
    ["Montag, 30. November 2026", "2026-11-30"],
    ["Dienstag, der 1. Dezember 2026 um 10 Uhr", "2026-12-01T10:00"],
    ["15. März 2027", "2027-03-15"],
    ["30 de noviembre de 2026", "2026-11-30"],
    ["miércoles 2 de diciembre 2026", "2026-12-02"],
    ["30 settembre 2027", "2027-09-30"],
    ["5 de outubro de 2027", "2027-10-05"],
    ["5 mei 2027", "2027-05-05"],
    ["MÄRZ 3 2027", "2027-03-03"],
  ])("%p is %p", (text, expected) => {
    expect(read(text, "DMY")).toBe(expected);
  });

  it("takes no English word or name for a month", () => {
    expect(read("5 ago", "DMY")).toBeUndefined();
    expect(read("Marco 5", "DMY")).toBeUndefined();
  });

  it("leaves the little words alone when there is no month", () => {
    expect(read("le 30", "DMY")).toBeUndefined();
    expect(read("de 2026", "DMY")).toBeUndefined();
  });
});

describe("parseDateText: not dates", () => {
  it.each([
    ["02/30/2026", "MDY"],
    ["13/45/2026", "MDY"],
    ["25/11/2026", "MDY"],
    ["11/25/2026", "DMY"],
    ["2026-02-29", "MDY"],
    ["2026-11-31", "MDY"],
    ["Feb 30, 2026", "MDY"],
    ["TBD", "MDY"],
    ["maybe", "MDY"],
    ["?", "MDY"],
    ["asap", "MDY"],
    ["next week", "MDY"],
    ["", "MDY"],
    ["11/25/2026 25:00", "MDY"],
    ["11/25/2026 call", "MDY"],
    ["Nov", "MDY"],
    ["11.25", "MDY"],
    ["11/25/226", "MDY"],
    ["🎉 11/25/2026", "MDY"],
    ["x".repeat(100000), "MDY"],
  ])("%p (read %s) is not a date", (text, order) => {
    expect(read(text, order as "MDY" | "DMY" | "YMD")).toBeUndefined();
  });

  it.each([["2037-01-01"], ["2016-11-24"], ["1/1/1990"], ["Nov 30, 2062"]])(
    "%p is more than 10 years from today, so not a next step",
    (text) => {
      expect(read(text)).toBeUndefined();
    },
  );

  it("accepts the edges of the 10-year window", () => {
    expect(read("2036-11-25")).toBe("2036-11-25");
    expect(read("2016-11-25")).toBe("2016-11-25");
  });

  it("returns day numbers and minutes for arithmetic", () => {
    expect(parseDateText("2026-11-25 10:30", "MDY", TODAY)).toEqual({
      date: "2026-11-25",
      time: "10:30",
      day: 20782,
      minutes: 630,
    });
  });
});

describe("field forms: yearless dates in any language, CRM timestamps", () => {
  it.each([
    ["Dec 9", "MDY", "2026-12-09"],
    ["9 déc.", "DMY", "2026-12-09"],
    ["9. Dez.", "DMY", "2026-12-09"],
    ["9 dic", "DMY", "2026-12-09"],
    ["Jan 5", "MDY", "2027-01-05"], // next occurrence, across the new year
    ["May 20", "MDY", "2027-05-20"], // under six months ahead
    ["Jun 1", "MDY", "2026-06-01"], // under six months back: an overdue follow-up, not one next June
  ])("%p (read %s) on 25 Nov 2026 is %p, within six months of today", (text, order, date) => {
    expect(parseDateText(text, order as "MDY" | "DMY", "2026-11-25")?.date).toBe(date);
  });

  it.each([
    ["11/25/26 14:30", "2026-11-25", "14:30"],
    ["1/5/27 9:05", "2027-01-05", "09:05"],
    ["12/1/26 12:00 AM", "2026-12-01", "00:00"],
  ])("M/D/YY H:mm export %p is a date and a time", (text, date, time) => {
    expect(parseDateText(text, "MDY", "2026-11-25")).toMatchObject({ date, time });
  });
});
