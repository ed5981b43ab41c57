/** Colours as Excel reads them back: "#RRGGBB" upper case; HTML colour names are accepted on write. */
import { invalidArgument } from "../errors";

const NAMES: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  pink: "#FFC0CB",
  lightyellow: "#FFFFE0",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  lightgray: "#D3D3D3",
};

/** Normalises a colour for storage; throws InvalidArgument for anything Excel would reject. */
export function normalizeColor(input: unknown, location: string): string {
  if (typeof input === "string") {
    const text = input.trim();
    if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
    if (/^#[0-9a-f]{3}$/i.test(text)) return ("#" + [...text.slice(1)].map((ch) => ch + ch).join("")).toUpperCase();
    const named = NAMES[text.toLowerCase()];
    if (named) return named;
  }
  throw invalidArgument(
    `The argument is invalid or missing or has an incorrect format: color ${JSON.stringify(input)}.`,
    location,
  );
}
