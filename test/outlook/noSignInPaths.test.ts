/**
 * @jest-environment jsdom
 */
import { saveWithAnchor } from "../../src/outlook/downloadIcs";
import { openInOutlook } from "../../src/outlook/openInOutlook";

const LINK = "https://outlook.office.com/calendar/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent";

describe("no sign-in paths", () => {
  it("downloads the .ics as a text/calendar Blob with a safe file name", async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => (blobs.push(b), "blob:nextstep/1"));
    URL.revokeObjectURL = jest.fn();
    const clicked: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download}|${this.href}`);
    });
    saveWithAnchor("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "Q4: leads/west.ics");
    expect(clicked).toEqual(["Q4- leads-west.ics|blob:nextstep/1"]);
    expect(blobs[0].type).toBe("text/calendar;charset=utf-8");
    expect(document.querySelectorAll("a")).toHaveLength(0);
  });

  it("opens links through Office's browser window when the host has it, else window.open", () => {
    const office = { openBrowserWindow: jest.fn() };
    const win = { open: jest.fn(() => null) };
    expect(openInOutlook(LINK, office, win)).toBe("office");
    expect(office.openBrowserWindow).toHaveBeenCalledWith(LINK);
    expect(openInOutlook(LINK, undefined, win)).toBe("window");
    expect(win.open).toHaveBeenCalledWith(LINK, "_blank", "noopener");
    expect(
      openInOutlook(
        LINK,
        {
          openBrowserWindow: () => {
            throw new Error("no");
          },
        },
        win,
      ),
    ).toBe("window");
    expect(() => openInOutlook("javascript:alert(1)", office, win)).toThrow();
  });
});
