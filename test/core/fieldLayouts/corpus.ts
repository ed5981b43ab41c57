/** Every field layout, for the test and for `npm run accuracy`. */
import { CRM_EXPORTS } from "./crmExports";
import { MORE_CRM_EXPORTS } from "./moreCrmExports";
import { OTHER_LANGUAGES } from "./otherLanguages";
import { TRACKERS } from "./trackers";
import type { FieldLayout } from "./types";

export const FIELD_LAYOUTS: readonly FieldLayout[] = [
  ...CRM_EXPORTS,
  ...MORE_CRM_EXPORTS,
  ...TRACKERS,
  ...OTHER_LANGUAGES,
];
