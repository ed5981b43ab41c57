import { isoToSerial, serialToIso } from "../../src/core";
import { dayFromIso, dayFromYmd, isoFromDay, ymdFromDay } from "../../src/core/dayNumber";
import { serialParts } from "../../src/core/serial";

describe("serialToIso: Excel serials as dates", () => {
  it.each([
    // 1900 system, with Lotus 1-2-3's fake 1900-02-29 at serial 60.
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [61, false, "1900-03-01"],
    [25569, false, "1970-01-01"],
    [46351, false, "2026-11-25"],
    [2958465, false, "9999-12-31"],
    // 1904 system counts from 1904-01-01.
    [0, true, "1904-01-01"],
    [44889, true, "2026-11-25"],
    // The fraction is the time of day.
    [46351.4375, false, "2026-11-25T10:30"],
    // 86 ms before midnight is still that day, as Excel shows it and as the sheet's rules compare it ($F2<TODAY()+1);
    // only arithmetic noise (1e-11 below midnight) is midnight itself.
    [46351.999999, false, "2026-11-25T23:59"],
    [46351.99999999999, false, "2026-11-26"],
    [46351.0000001, false, "2026-11-25"],
  ])("serial %p (1904: %p) is %p", (serial, date1904, iso) => {
    expect(serialToIso(serial, date1904)).toBe(iso);
  });

  it.each([[60], [0], [-1], [NaN], [Infinity], [2958466]])("serial %p is no date in the 1900 system", (serial) => {
    expect(serialToIso(serial, false)).toBeUndefined();
  });
});

describe("isoToSerial: dates as Excel serials", () => {
  it.each([
    ["2026-11-25", false, 46351],
    ["2026-11-25T10:30", false, 46351.4375],
    ["2026-11-25 10:30", false, 46351.4375],
    ["1900-02-28", false, 59],
    ["1900-03-01", false, 61],
    ["2026-11-25", true, 44889],
  ])("%p (1904: %p) is %p", (iso, date1904, serial) => {
    expect(isoToSerial(iso, date1904)).toBe(serial);
  });

  it.each([["2026-02-30"], ["2026-13-01"], ["25/11/2026"], ["2026-11-25T25:00"], ["1899-12-31"], [""]])(
    "%p has no serial",
    (iso) => {
      expect(isoToSerial(iso, false)).toBeUndefined();
    },
  );

  it("round-trips every day from 1900-03-01 to 2100 in both systems", () => {
    for (let serial = 61; serial < 73000; serial += 7) {
      expect(isoToSerial(serialToIso(serial, false) ?? "", false)).toBe(serial);
      expect(isoToSerial(serialToIso(serial, true) ?? "", true)).toBe(serial);
    }
  });
});

describe("day numbers", () => {
  it("agree with the calendar on leap years and century rules", () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(isoFromDay(dayFromYmd(2000, 2, 29))).toBe("2000-02-29");
    expect(ymdFromDay(dayFromYmd(2100, 3, 1) - 1)).toEqual([2100, 2, 28]);
    expect(dayFromIso("2028-02-29")).toBe(dayFromYmd(2028, 2, 29));
    expect(dayFromIso("2027-02-29")).toBeUndefined();
  });

  it("splits a serial into day and minutes", () => {
    expect(serialParts(46351.5, false)).toEqual({ day: dayFromYmd(2026, 11, 25), minutes: 720 });
    expect(serialParts(46351, false)).toEqual({ day: dayFromYmd(2026, 11, 25), minutes: -1 });
  });
});
