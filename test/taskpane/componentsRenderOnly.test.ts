import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const COMPONENTS = join(__dirname, "..", "..", "src", "taskpane", "components");

test("the pane's components never read Office themselves: the host and the theme reach them through the boot", () => {
  const offenders = readdirSync(COMPONENTS)
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) => /\bOffice\s*\.|typeof Office\b|\bExcel\.run\b/.test(readFileSync(join(COMPONENTS, f), "utf8")));
  expect(offenders).toEqual([]);
});
