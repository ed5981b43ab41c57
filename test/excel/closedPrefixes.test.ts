import { DEFAULT_CLOSED_STATUSES } from "../../src/core";
import { closedMatcher } from "../../src/core/closedStatuses";
import { closedPrefix, closedPrefixes } from "../../src/excel/closedPrefixes";

const isClosed = closedMatcher(DEFAULT_CLOSED_STATUSES);

test.each([
  ["Closed Lost - price (12)", "Closed Lost -"],
  ["Lost: went with a competitor", "Lost:"],
  ["Won (signed 3/12)", "Won ("],
  ["9. Closed Won — renewal", "9. Closed Won —"],
  ["Closed\u00a0Lost  –  timing", "Closed Lost –"], // cleaned as Excel's TRIM and the rules' SUBSTITUTE leave it
])("%p starts with the closing part %p", (status, prefix) => {
  expect(closedPrefix(status, isClosed)).toBe(prefix);
});

test.each([
  "Lost contact - call again", // not closed at all
  "Not closed - waiting", // a negation first
  "Won", // nothing follows
  "Won -", // no reason after the separator
  "Open - lost the champion", // the closed word comes after the separator
])("%p has no closing part", (status) => {
  expect(closedPrefix(status, isClosed)).toBeUndefined();
});

test("prefixes are shared, folded to lower case, and statuses they cover are not listed again", () => {
  const { prefixes, rest } = closedPrefixes(["Lost: price", "LOST: timing", "Won", "Closed Won!"], isClosed);
  expect(prefixes).toEqual(["lost:"]);
  expect(rest).toEqual(["Won", "Closed Won!"]);
});
