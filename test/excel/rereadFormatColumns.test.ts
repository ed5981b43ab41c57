/** Which columns' number formats the pane's re-read after an edit loads (pure). */
import { rereadFormatColumns } from "../../src/excel/port";

const input = {
  values: [
    ["Company", "Due", "Time", "Last contact", "Touches"],
    ["Acme", 46360, 0.4375, "", ""],
    ["Birch", 46361, "", "", 2],
  ],
};

test.each([
  ["the date column first, then the kin the first read picked that hold a number", [1, 2, 3, 4], [1, 2, 4]],
  ["the date column alone when no kin holds a number", [1, 3], [1]],
  ["every column was read: the date column and the time column", undefined, [1, 2]],
])("%s", (_, formatColumns, expected) => {
  expect(rereadFormatColumns({ input, formatColumns }, { date: 1, time: 2 })).toEqual(expected);
});

test("without a date column the re-read picks the columns itself", () => {
  expect(rereadFormatColumns({ input, formatColumns: [2] }, { time: 2 })).toBeUndefined();
});
