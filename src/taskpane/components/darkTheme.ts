// Fluent's dark theme as its own chunk (see theme.ts): most panes open light and never need it.
export { webDarkTheme } from "@fluentui/react-components";
