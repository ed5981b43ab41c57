// Highlighting as one lazily loaded chunk (see createWorkbookPort): painting and clearing share the rule code.
export { applyHighlights } from "./applyHighlights";
export { clearHighlights } from "./clearHighlights";
