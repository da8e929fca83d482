/** The bits of the `chrome` API the Chromium tests call inside the extension's service worker and content-script world. */
declare const chrome: {
  tabs: { get(id: number): Promise<unknown>; query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  scripting: {
    executeScript(o: { target: { tabId: number }; func: (...args: never[]) => unknown; args?: unknown[] }): Promise<Array<{ result?: unknown }>>;
  };
  runtime: {
    sendMessage(m: unknown): Promise<unknown>;
    onMessage: { addListener(cb: (message: unknown, sender: unknown, reply: (r: unknown) => void) => boolean | void): void };
  };
};
