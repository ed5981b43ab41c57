/** What the rep reads when Excel refuses: a sentence saying what to do, whatever Excel's own code was. */
import { ExcelAdapterError, toAdapterError } from "../../src/excel/errors";

test.each([
  ["InvalidOperationInCellEditMode", "busy", /Press Enter or Esc/],
  ["AccessDenied", "protected", /Unprotect/],
  ["ResponsePayloadSizeLimitExceeded", "tooLarge", /smaller table/],
  ["ItemNotFound", "notFound", /Click a cell|Select your prospect list/],
  ["SomethingNew", "failed", /could not highlight your prospects/],
])("Excel's %s becomes %s with a sentence", (code, ours, sentence) => {
  const error = toAdapterError(Object.assign(new Error("raw"), { code }), "highlight your prospects");
  expect(error).toBeInstanceOf(ExcelAdapterError);
  expect(error.code).toBe(ours);
  expect(error.userMessage).toMatch(sentence);
  expect((error as { cause?: unknown }).cause).toBeDefined();
});

test("our own errors pass through unchanged", () => {
  const original = new ExcelAdapterError("staleFixes", "Refresh and review.");
  expect(toAdapterError(original, "convert")).toBe(original);
});
