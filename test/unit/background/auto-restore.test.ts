import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fake of the few extension APIs automatic restore uses.
const state = { stored: {} as Record<string, unknown>, granted: new Set<string>(), registered: null as null | { matches: string[] } };
const fake = {
  storage: {
    local: {
      get: async (key: string) => ({ [key]: state.stored[key] }),
      set: async (items: Record<string, unknown>) => void Object.assign(state.stored, items),
    },
  },
  permissions: {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => state.granted.has(o)),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => origins.forEach((o) => state.granted.delete(o))),
    onAdded: { addListener: vi.fn() },
    onRemoved: { addListener: vi.fn() },
  },
  runtime: { getManifest: () => ({ host_permissions: ['http://127.0.0.1/*'] }) },
  scripting: {
    getRegisteredContentScripts: async () => (state.registered ? [{ id: 'dossier-restore', ...state.registered }] : []),
    registerContentScripts: vi.fn(async ([s]: [{ matches: string[] }]) => void (state.registered = { matches: s.matches })),
    updateContentScripts: vi.fn(async ([s]: [{ matches: string[] }]) => void (state.registered = { matches: s.matches })),
    unregisterContentScripts: vi.fn(async () => void (state.registered = null)),
  },
};
vi.mock('webextension-polyfill', () => ({ default: fake }));
const { isAutoRestoreOn, setAutoRestore, syncRestoreScripts } = await import('../../../src/background/auto-restore');

const PAGE = 'https://baodienbienphu.com.vn/tin-tuc/a-1?x=1#top';
const SITE = 'https://baodienbienphu.com.vn/*';

beforeEach(() => {
  state.stored = {};
  state.granted = new Set();
  state.registered = null;
  vi.clearAllMocks();
});

describe('automatic restore', () => {
  it('registers the annotate script only for sites the analyst chose and the browser granted', async () => {
    expect(await setAutoRestore(PAGE, true)).toBe(false); // chosen, not granted yet
    expect(state.registered).toBeNull();
    state.granted.add(SITE); // the browser's prompt said yes: permissions.onAdded
    await syncRestoreScripts();
    expect(state.registered).toEqual({ matches: [SITE] });
    expect(await isAutoRestoreOn('https://baodienbienphu.com.vn/other')).toBe(true);
    expect(await isAutoRestoreOn('https://evil.example/')).toBe(false);
    // Another granted origin the analyst never chose gets nothing.
    state.granted.add('https://other.vn/*');
    await syncRestoreScripts();
    expect(state.registered).toEqual({ matches: [SITE] });
  });

  it('unregisters when the permission is taken back, and gives it back when turned off', async () => {
    state.granted.add(SITE);
    await setAutoRestore(PAGE, true);
    expect(state.registered).toEqual({ matches: [SITE] });
    expect(await setAutoRestore(PAGE, false)).toBe(false);
    expect(fake.permissions.remove).toHaveBeenCalledWith({ origins: [SITE] });
    expect(state.registered).toBeNull();
  });

  it('never gives back a permission the manifest itself asks for', async () => {
    state.granted.add('http://127.0.0.1/*');
    expect(await setAutoRestore('http://127.0.0.1:8080/seed.html', true)).toBe(true);
    await setAutoRestore('http://127.0.0.1:8080/seed.html', false);
    expect(fake.permissions.remove).not.toHaveBeenCalled();
    expect(state.granted.has('http://127.0.0.1/*')).toBe(true);
  });

  it('refuses pages that are not on the web', async () => {
    await expect(setAutoRestore('file:///home/a.html', true)).rejects.toThrow(/web pages only/);
    expect(await isAutoRestoreOn('chrome://extensions/')).toBe(false);
  });
});
