import { makeStyles, typographyStyles } from "@fluentui/react-components";

/** What Fluent's Text sets on its root besides the type ramp (react-text, useTextStyles.styles). */
const textRoot = {
  textAlign: "start",
  display: "inline",
  whiteSpace: "normal",
  overflow: "visible",
  textOverflow: "clip",
} as const;

/**
 * Fluent's text presets (Text/Body1, Caption1, Subtitle1, Subtitle2) as classes for plain elements: the same tokens
 * and resets, without Fluent's Text components (~1.5 KB gz) in the pane's first bundle. Put a component's own class
 * after it in mergeClasses, as Fluent does with a className.
 */
export const useTypography = makeStyles({
  body1: { ...textRoot, ...typographyStyles.body1 },
  caption1: { ...textRoot, ...typographyStyles.caption1 },
  subtitle1: { ...textRoot, ...typographyStyles.subtitle1 },
  subtitle2: { ...textRoot, ...typographyStyles.subtitle2 },
});
