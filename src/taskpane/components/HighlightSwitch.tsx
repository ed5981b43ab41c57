import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useTypography } from "./typography";

/** Fluent's medium switch: a 40 × 20 px track, an 18 px thumb (font-size 18 px, 2 px from the track's ends). */
const TRACK_WIDTH = 40;
const THUMB = 18;

const useStyles = makeStyles({
  root: { position: "relative", display: "inline-flex", alignItems: "center", alignSelf: "flex-start" },
  // The native checkbox (role=switch) takes the clicks and the focus, over the drawn track.
  input: {
    position: "absolute",
    top: 0,
    left: 0,
    width: `calc(${TRACK_WIDTH}px + 2 * ${tokens.spacingHorizontalS})`,
    height: "100%",
    margin: 0,
    opacity: 0,
    cursor: "pointer",
    ":disabled": { cursor: "default" },
    // Unchecked: a neutral outline and thumb; checked: the brand fill and an inverted thumb slid to the right.
    "& + span": {
      color: tokens.colorNeutralStrokeAccessible,
      borderTopColor: tokens.colorNeutralStrokeAccessible,
      borderRightColor: tokens.colorNeutralStrokeAccessible,
      borderBottomColor: tokens.colorNeutralStrokeAccessible,
      borderLeftColor: tokens.colorNeutralStrokeAccessible,
    },
    ":hover:enabled:not(:checked) + span": { color: tokens.colorNeutralStrokeAccessibleHover },
    ":checked + span": {
      backgroundColor: tokens.colorCompoundBrandBackground,
      color: tokens.colorNeutralForegroundInverted,
      borderTopColor: tokens.colorTransparentStroke,
      borderRightColor: tokens.colorTransparentStroke,
      borderBottomColor: tokens.colorTransparentStroke,
      borderLeftColor: tokens.colorTransparentStroke,
    },
    ":checked:hover:enabled + span": { backgroundColor: tokens.colorCompoundBrandBackgroundHover },
    ":checked + span > span": { transform: `translateX(${TRACK_WIDTH - THUMB - 2}px)` },
    ":disabled + span": {
      color: tokens.colorNeutralForegroundDisabled,
      borderTopColor: tokens.colorNeutralStrokeDisabled,
      borderRightColor: tokens.colorNeutralStrokeDisabled,
      borderBottomColor: tokens.colorNeutralStrokeDisabled,
      borderLeftColor: tokens.colorNeutralStrokeDisabled,
    },
    ":disabled:checked + span": { backgroundColor: tokens.colorNeutralBackgroundDisabled },
    ":disabled ~ label": { color: tokens.colorNeutralForegroundDisabled, cursor: "default" },
    ":focus-visible + span": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
    // High contrast: system colours, kept as set (the track opts out of forced colours, see track).
    "@media (forced-colors: active)": {
      "& + span": {
        color: "CanvasText",
        borderTopColor: "CanvasText",
        borderRightColor: "CanvasText",
        borderBottomColor: "CanvasText",
        borderLeftColor: "CanvasText",
      },
      ":checked + span": { backgroundColor: "Highlight", color: "HighlightText" },
      ":disabled + span": {
        color: "GrayText",
        borderTopColor: "GrayText",
        borderRightColor: "GrayText",
        borderBottomColor: "GrayText",
        borderLeftColor: "GrayText",
      },
    },
  },
  track: {
    boxSizing: "border-box",
    flexShrink: 0,
    width: `${TRACK_WIDTH}px`,
    height: "20px",
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    borderTopWidth: "1px",
    borderRightWidth: "1px",
    borderBottomWidth: "1px",
    borderLeftWidth: "1px",
    borderTopStyle: "solid",
    borderRightStyle: "solid",
    borderBottomStyle: "solid",
    borderLeftStyle: "solid",
    pointerEvents: "none",
    transitionProperty: "background, border, color",
    transitionDuration: tokens.durationNormal,
    "@media screen and (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
    // The thumb is a painted background: forced colours would blank it, so the input's rules choose system colours.
    "@media (forced-colors: active)": { forcedColorAdjust: "none" },
  },
  thumb: {
    display: "block",
    width: `${THUMB - 4}px`,
    height: `${THUMB - 4}px`,
    margin: "2px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: "currentColor",
    transitionProperty: "transform",
    transitionDuration: tokens.durationNormal,
    "@media screen and (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
  },
  label: { cursor: "pointer", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
});

export interface HighlightSwitchProps {
  checked: boolean;
  disabled: boolean;
  label: string;
  onChange(): void;
}

/**
 * A switch drawn like Fluent's (same tokens and sizes) on a native checkbox with role=switch: the pane's first screen
 * needs only this one, and Fluent's Switch with its label and field hooks costs ~3 KB gz of the first bundle.
 */
export function HighlightSwitch(props: HighlightSwitchProps): React.JSX.Element {
  const styles = useStyles();
  const type = useTypography();
  const id = React.useId();
  return (
    <div className={styles.root}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className={styles.input}
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onChange}
      />
      <span className={styles.track} aria-hidden>
        <span className={styles.thumb} />
      </span>
      <label htmlFor={id} className={`${type.body1} ${styles.label}`}>
        {props.label}
      </label>
    </div>
  );
}
