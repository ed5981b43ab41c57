/**
 * `npm run accuracy`: runs every field layout (test/core/fieldLayouts) through analyzeSheet and prints, per layout, the
 * expectations met, then the share met over the whole corpus. Layouts with a part out of reach say why.
 */
import { FIELD_LAYOUTS } from "../test/core/fieldLayouts/corpus";
import { checkLayout } from "../test/core/fieldLayouts/evaluate";

let met = 0;
let total = 0;
let layoutsMet = 0;
for (const layout of FIELD_LAYOUTS) {
  const checks = checkLayout(layout);
  const ok = checks.filter((c) => c.met).length;
  met += ok;
  total += checks.length;
  if (ok === checks.length) layoutsMet++;
  console.log(`${ok === checks.length ? "✓" : "✗"} [${layout.language}] ${layout.name}: ${ok}/${checks.length}`);
  for (const c of checks.filter((x) => !x.met)) {
    console.log(`    ${c.what}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`);
  }
  if (layout.outOfReach)
    console.log(`    out of reach (${layout.outOfReach.checks.join(", ")}): ${layout.outOfReach.why}`);
}
console.log(
  `\n${layoutsMet}/${FIELD_LAYOUTS.length} layouts fully met; expectations met: ${met}/${total} (${((100 * met) / total).toFixed(1)}%)`,
);
