import { formatKind } from "../../src/core";

describe("formatKind: what a number format says about the number", () => {
  it.each([
    ["General", "general"],
    ["general", "general"],
    ["", "general"],
    ["@", "text"],
    ["0", "number"],
    ["0.00", "number"],
    ["#,##0.00", "number"],
    ["$#,##0;[Red]-$#,##0", "number"],
    ["0%", "number"],
    ["0.00E+00", "number"],
    ['#,##0 "days"', "number"],
    ["m/d/yyyy", "date"],
    ["mm/dd/yy", "date"],
    ["d-mmm-yy", "date"],
    ["dddd, mmmm d, yyyy", "date"],
    ["yyyy-mm-dd", "date"],
    ["[$-409]mmmm d, yyyy;@", "date"],
    ["mmm", "date"],
    ["m/d/yyyy h:mm", "dateTime"],
    ["yyyy-mm-dd hh:mm:ss", "dateTime"],
    ["m/d/yy h:mm AM/PM", "dateTime"],
    ["h:mm", "time"],
    ["h:mm AM/PM", "time"],
    ["[h]:mm:ss", "time"],
    ["mm:ss", "time"],
  ])("%p is %p", (code, kind) => {
    expect(formatKind(code)).toBe(kind);
  });
});
