/** The bits of the `chrome` API the Chromium tests call inside the extension's service worker. */
declare const chrome: {
  tabs: { get(id: number): Promise<unknown>; query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  scripting: { executeScript(o: { target: { tabId: number }; func: () => unknown }): Promise<Array<{ result?: unknown }>> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};
