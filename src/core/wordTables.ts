/**
 * The modules whose word tables are built as they load: the role synonyms in header form (matchHeader.ts), the header
 * extras (headerExtras.ts), and the yes/no, totals and vague-step words (normalizedWordSet). Together about 15–20 ms
 * on a cold start in a browser (performance marks). The task pane's entry loads this module on its own, right after
 * it has asked for the start's chunks (src/taskpane/index.ts), so the tables are built while the browser compiles
 * those chunks on background threads, instead of after.
 */
import "./headerExtras";
import "./notProspect";
import "./vagueNextStep";
import "./yesValue";
