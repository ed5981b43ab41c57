/** Every field layout, for the test and for `npm run accuracy`. */
import { APP_EXPORTS } from "./appExports";
import { BOARD_EXPORTS } from "./boardExports";
import { BUILT_TEMPLATES } from "./builtTemplates";
import { CHINESE } from "./chinese";
import { CRM_EXPORTS } from "./crmExports";
import { EUROPEAN_IMPORTS } from "./europeanImports";
import { FOREIGN_CRM_EXPORTS } from "./foreignCrmExports";
import { FORM_EXPORTS } from "./formExports";
import { JAPANESE } from "./japanese";
import { KOREAN } from "./korean";
import { MORE_CRM_EXPORTS } from "./moreCrmExports";
import { MORE_LANGUAGES } from "./moreLanguages";
import { OTHER_LANGUAGES } from "./otherLanguages";
import { PIPELINES } from "./pipelines";
import { SALES_TOOL_EXPORTS } from "./salesToolExports";
import { TEMPLATE_SHEETS } from "./templateSheets";
import { TRACKERS } from "./trackers";
import { WIDE_EXPORTS } from "./wideExports";
import type { FieldLayout } from "./types";

export const FIELD_LAYOUTS: readonly FieldLayout[] = [
  ...CRM_EXPORTS,
  ...MORE_CRM_EXPORTS,
  ...TRACKERS,
  ...OTHER_LANGUAGES,
  ...SALES_TOOL_EXPORTS,
  ...TEMPLATE_SHEETS,
  ...EUROPEAN_IMPORTS,
  ...WIDE_EXPORTS,
  ...MORE_LANGUAGES,
  ...FORM_EXPORTS,
  ...APP_EXPORTS,
  ...BUILT_TEMPLATES,
  ...JAPANESE,
  ...CHINESE,
  ...KOREAN,
  ...PIPELINES,
  ...BOARD_EXPORTS,
  ...FOREIGN_CRM_EXPORTS,
];
