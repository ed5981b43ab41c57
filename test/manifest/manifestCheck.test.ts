import { readFileSync } from "fs";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest-check.cjs") as {
  checkManifest: (text: string, options: { root?: string; expectedOrigin?: string; checkCode?: boolean }) => string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require("../../webpack.config.js") as {
  rewriteManifest: (content: string, url: string) => string;
};

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const check = (text: string) => checkManifest(text, { root });

describe("manifest offline checks", () => {
  it("accepts the project's manifest", () => {
    expect(check(manifest)).toEqual([]);
  });

  it.each([
    ["malformed XML", manifest.replace("</Hosts>", "</Host>"), /not well-formed/],
    ["a non-GUID Id", manifest.replace(/<Id>[^<]+<\/Id>/, "<Id>nextstep</Id>"), /not a GUID/],
    ["a three-part version", manifest.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"), /four-part/],
    [
      "an http URL",
      manifest.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html"),
      /non-https/,
    ],
    ["a missing icon file", manifest.replace("assets/icon-16.png", "assets/icon-17.png"), /does not exist/],
    [
      "an icon of the wrong size",
      manifest.replace(
        /"https:\/\/localhost:3000\/assets\/icon-80.png"/,
        '"https://localhost:3000/assets/icon-64.png"',
      ),
      /declared 80×80/,
    ],
    [
      "elements out of schema order",
      manifest.replace(/(<Version>[^<]+<\/Version>)\s*(<ProviderName>[^<]+<\/ProviderName>)/, "$2$1"),
      /out of schema order/,
    ],
    [
      "a missing required element",
      manifest.replace(/<SupportUrl[^>]*\/>/, ""),
      /missing required element <SupportUrl>/,
    ],
    [
      "another host",
      manifest.replace('<Host Name="Workbook"/>', '<Host Name="Workbook"/><Host Name="Document"/>'),
      /only Workbook/,
    ],
    [
      "an undefined resource",
      manifest.replace('resid="Taskpane.Url"', 'resid="Taskpane.Missing"'),
      /undefined resource/,
    ],
    [
      "a requirement set that does not match the code",
      manifest.replace('MinVersion="1.7"', 'MinVersion="1.3"'),
      /code needs ExcelApi/,
    ],
  ])("rejects %s", (_label, broken, expected) => {
    expect(check(broken).join("\n")).toMatch(expected);
  });

  it("rewrites every development URL to the deploy URL for production", () => {
    const prod = rewriteManifest(manifest, "https://addin.contoso.com/nextstep/");
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain('"https://addin.contoso.com/nextstep/taskpane.html"');
    expect(checkManifest(prod, { root, expectedOrigin: "https://addin.contoso.com" })).toEqual([]);
    // The unrewritten manifest on the production origin is caught.
    expect(checkManifest(manifest, { root, expectedOrigin: "https://addin.contoso.com" }).join("\n")).toMatch(/not on/);
  });
});
