import { parseTimeText } from "../../src/core";
import { timeFromCell } from "../../src/core/parseTime";

describe("parseTimeText: times reps type", () => {
  it.each([
    ["10:00 AM", 600],
    ["10:00AM", 600],
    ["10am", 600],
    ["10 a.m.", 600],
    ["2:30 pm", 870],
    ["2:30 P.M.", 870],
    ["12:00 am", 0],
    ["12:15 PM", 735],
    ["14:30", 870],
    ["14:30:59", 870],
    ["09:05", 545],
    ["9.15", 555],
    ["0:00", 0],
    ["23:59", 1439],
    ["14", 840],
    ["noon", 720],
    [" 10:00 ", 600],
  ])("%p is %p minutes after midnight", (text, minutes) => {
    expect(parseTimeText(text)).toBe(minutes);
  });

  it.each([["25:00"], ["10:60"], ["13 pm"], ["0 am"], ["10:5"], ["later"], ["10:00 xm"], [""], ["10:00:61"], ["123"]])(
    "%p is not a time",
    (text) => {
      expect(parseTimeText(text)).toBe(-1);
    },
  );
});

describe("timeFromCell: the time column", () => {
  it.each([
    [0.4375, 630],
    [0.5, 720],
    [0.75, 1080],
    [46351.4375, 630],
    [0.99999, 0],
    [10, 600],
    ["10:00 AM", 600],
    ["14:30", 870],
  ])("cell %p is %p minutes", (cell, minutes) => {
    expect(timeFromCell(cell)).toBe(minutes);
  });

  it.each([[null], [undefined], [true], [-0.5], [NaN], [24], ["soon"], [{}]])("cell %p has no time", (cell) => {
    expect(timeFromCell(cell)).toBe(-1);
  });
});
