import { chooseTheme } from "../../src/taskpane/state/themeChoice";

describe("theme", () => {
  test("Office's isDarkTheme wins over the system setting", () => {
    expect(chooseTheme({ isDarkTheme: true }, false)).toBe("dark");
    expect(chooseTheme({ isDarkTheme: false }, true)).toBe("light");
  });

  test("without isDarkTheme, Office's body colour decides", () => {
    expect(chooseTheme({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(chooseTheme({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe("light");
  });

  test("officeTheme undefined (Excel on the web today): prefers-color-scheme", () => {
    expect(chooseTheme(undefined, true)).toBe("dark");
    expect(chooseTheme(undefined, false)).toBe("light");
    expect(chooseTheme({ bodyBackgroundColor: "not a colour" }, true)).toBe("dark");
  });
});
