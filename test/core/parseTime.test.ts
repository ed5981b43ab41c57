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
    ["9h30", 570],
    ["14h", 840],
    ["14H00", 840],
    ["3pm-4pm", 900],
    ["3 pm – 4 pm", 900],
    ["10-11am", 600],
    ["11-1pm", 660],
    ["11-1am", 1380],
    ["12-1pm", 720],
    ["noon-1pm", 720],
    ["10-noon", 600],
    ["10 until noon", 600],
    ["midnight-1am", 0],
    ["around 10:00 a.m. until 11:00 a.m.", 600],
    ["1-2pm", 780],
    ["10:00 to 11:30", 600],
    ["10:00 a.m. - 11:00 a.m.", 600],
    ["at 10", 600],
    ["@ 2pm", 840],
    ["~10am", 600],
    ["around 3 pm", 900],
    ["10am?", 600],
    ["10ish", 600],
    ["10 o'clock", 600],
  ])("%p is %p minutes after midnight", (text, minutes) => {
    expect(parseTimeText(text)).toBe(minutes);
  });

  it.each([
    ["25:00"],
    ["10:60"],
    ["13 pm"],
    ["0 am"],
    ["10:5"],
    ["later"],
    ["10:00 xm"],
    [""],
    ["10:00:61"],
    ["123"],
    ["9h3"],
    ["9h300"],
    ["10 apples"],
    ["atm 10"],
    ["10-later"],
    ["10-25"],
    ["10-13pm"],
    ["10am to"],
    ["2:30 PM EST"],
  ])("%p is not a time", (text) => {
    expect(parseTimeText(text)).toBe(-1);
  });
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
