/** The `Office` subset the pane uses: document settings, requirement sets, display language, onReady. */
import type { MemoryWorkbook } from "../model/workbook";
import { isSetSupported } from "./requirements";

export const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as const;

export interface MemoryAsyncResult<T> {
  status: (typeof AsyncResultStatus)[keyof typeof AsyncResultStatus];
  value: T;
  error: { name: string; message: string; code: number } | null;
  asyncContext: unknown;
}

type Callback<T> = (result: MemoryAsyncResult<T>) => void;

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Office.context.document.settings: a working copy that reaches the file only through saveAsync. */
export class MemorySettings {
  private working: Record<string, unknown>;

  constructor(private readonly model: MemoryWorkbook) {
    this.working = copy(model.savedSettings);
  }

  get(name: string): unknown {
    return name in this.working ? copy(this.working[name]) : null;
  }

  set(name: string, value: unknown): void {
    if (typeof name !== "string" || name === "") throw new Error("Settings names must be non-empty strings");
    this.working[name] = copy(value);
  }

  remove(name: string): void {
    delete this.working[name];
  }

  saveAsync(optionsOrCallback?: { asyncContext?: unknown } | Callback<void>, maybeCallback?: Callback<void>): void {
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback;
    const asyncContext = typeof optionsOrCallback === "object" ? optionsOrCallback?.asyncContext : undefined;
    const failure = this.model.failSettingsSave;
    if (!failure) this.model.savedSettings = copy(this.working);
    setTimeout(() =>
      callback?.({
        status: failure ? AsyncResultStatus.Failed : AsyncResultStatus.Succeeded,
        value: undefined,
        error: failure ? { name: "Save failed", message: failure, code: 5001 } : null,
        asyncContext,
      }),
    );
  }

  /**
   * settingsChanged: "the event will fire only when the add-in is loaded with a spreadsheet that is opened in Excel
   * on the web, and more than one user is editing the spreadsheet" (Office.Settings docs). The working copy is not
   * updated by it: the add-in must call refreshAsync to see the co-author's values.
   */
  addHandlerAsync(eventType: string, handler: (args: unknown) => void, callback?: Callback<void>): void {
    const ok = eventType === "settingsChanged";
    if (ok) this.model.settingsHandlers.add(handler);
    setTimeout(() =>
      callback?.({
        status: ok ? AsyncResultStatus.Succeeded : AsyncResultStatus.Failed,
        value: undefined,
        error: ok ? null : { name: "Invalid event", message: `No event ${eventType}`, code: 5006 },
        asyncContext: undefined,
      }),
    );
  }

  removeHandlerAsync(eventType: string, options?: { handler?: (args: unknown) => void } | Callback<void>): void {
    const handler = typeof options === "object" ? options?.handler : undefined;
    if (eventType !== "settingsChanged") return;
    if (handler) this.model.settingsHandlers.delete(handler);
    else this.model.settingsHandlers.clear();
  }

  refreshAsync(callback?: Callback<MemorySettings>): void {
    this.working = copy(this.model.savedSettings);
    setTimeout(() =>
      callback?.({ status: AsyncResultStatus.Succeeded, value: this, error: null, asyncContext: undefined }),
    );
  }
}

export function createMemoryOffice(model: MemoryWorkbook) {
  const settings = new MemorySettings(model);
  const info = { host: "Excel", platform: model.platform } as const;
  return {
    AsyncResultStatus,
    EventType: { SettingsChanged: "settingsChanged" },
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote" },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    onReady(callback?: (value: typeof info) => void): Promise<typeof info> {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      document: {
        settings,
        /** Null when unavailable (see MemoryWorkbookOptions.documentUrl). */
        get url(): string | null {
          return model.documentUrl;
        },
      },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) => isSetSupported(model, name, minVersion),
      },
      get displayLanguage() {
        return model.displayLanguage;
      },
      get contentLanguage() {
        return model.displayLanguage;
      },
      get partitionKey() {
        return model.partitionKey;
      },
      ui: {
        /** Recorded on the model (openedUrls); in a browser also opens a tab, like Excel's system-browser hand-off. */
        openBrowserWindow(url: string): void {
          model.openedUrls.push(url);
          const open = (globalThis as { open?: (url: string, target: string) => unknown }).open;
          if (typeof open === "function") open(url, "_blank");
        },
      },
      /** Undefined as in Excel on the web (office-js issue 6134). */
      officeTheme: undefined,
      host: info.host,
      platform: info.platform,
      diagnostics: { host: info.host, platform: info.platform, version: "16.0.0.0" },
    },
  };
}

export type MemoryOffice = ReturnType<typeof createMemoryOffice>;
