import { hostedBy, readHostSignals, type HostSignals } from "../../src/taskpane/boot/hostSignals";

const plain: HostSignals = {
  search: "",
  framed: false,
  windowName: "",
  storedHostInfo: null,
  nativeBridge: false,
  officeHostType: "",
};

/** A window as a plain browser shows it, with overrides. */
function win(over: Record<string, unknown> = {}) {
  const self = {};
  return {
    location: { search: "" },
    self,
    top: self,
    name: "",
    sessionStorage: { getItem: () => null },
    external: {},
    ...over,
  };
}

describe("hosted by Office, told before Office.onReady", () => {
  test("a plain browser (the preview) is not hosted", () => {
    expect(hostedBy(plain)).toBeUndefined();
    expect(hostedBy(readHostSignals(win()))).toBeUndefined();
  });

  test.each([
    [
      "Office's _host_Info query parameter",
      { location: { search: "?_host_Info=Excel$Mac$16.01$en-US$$$$0" } },
      "hostInfoQuery",
    ],
    ["the pane framed by Office on the web", { top: {} }, "framed"],
    [
      "hostInfo in window.name (office.js's second source)",
      { name: JSON.stringify({ hostInfo: "Excel|Web|16.00" }) },
      "windowName",
    ],
    [
      "hostInfoValue in sessionStorage (after the pane navigated)",
      { sessionStorage: { getItem: () => "Excel$Win32$16.01" } },
      "session",
    ],
    ["the desktop native bridge", { external: { GetHostInfo: () => "" } }, "nativeBridge"],
    ["the native bridge as an agaveHost global", { agaveHost: { GetHostInfo: () => "" } }, "nativeBridge"],
    [
      "office.js already knows its host",
      { OSF: { _OfficeAppFactory: { getHostInfo: () => ({ hostType: "excel" }) } } },
      "officeJs",
    ],
  ])("%s", (_, over, why) => {
    expect(hostedBy(readHostSignals(win(over)))).toBe(why);
  });

  test("a window that throws on access counts as framed rather than crashing", () => {
    const hostile = win();
    Object.defineProperty(hostile, "top", {
      get() {
        throw new Error("cross-origin");
      },
    });
    expect(hostedBy(readHostSignals(hostile))).toBe("framed");
  });
});
