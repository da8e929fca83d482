import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDIT_BYTES, ensureRoom, failedForSpace, roomFor, roomToWrite } from '../../../src/platform/storage';

const MB = 1024 * 1024;
/** The browser reports `room` bytes left (quota - usage). */
const reportRoom = (room: number) => vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 100_000 * MB, usage: 100_000 * MB - room }) } });

afterEach(() => vi.unstubAllGlobals());

describe('room to write', () => {
  it('lets every write go ahead when the browser reports no estimate (Node, or an API that fails)', async () => {
    expect(await roomToWrite()).toBe(Infinity);
    vi.stubGlobal('navigator', { storage: { estimate: async () => Promise.reject(new Error('no')) } });
    expect(await roomFor(10 * MB)).toBe(true);
  });

  it('needs four times the write plus 8 MB', async () => {
    reportRoom(12 * MB);
    expect(await roomToWrite()).toBe(MB);
    expect(await roomFor(MB)).toBe(true);
    expect(await roomFor(MB + 1)).toBe(false);
  });

  it('refuses a small edit below about 9 MB left, with storage-low and a sentence saying nothing changed', async () => {
    reportRoom(8 * MB + 4 * EDIT_BYTES);
    await expect(ensureRoom()).resolves.toBeUndefined();
    reportRoom(8 * MB + 4 * EDIT_BYTES - 1);
    await expect(ensureRoom()).rejects.toMatchObject({ code: 'storage-low', message: expect.stringMatching(/no room left.*Nothing was changed/) });
    reportRoom(0);
    await expect(ensureRoom()).rejects.toMatchObject({ code: 'storage-low' });
  });

  it('calls a failed write a lack of space when the error says so or the room left is smaller than the write', async () => {
    reportRoom(MB);
    expect(await failedForSpace(new Error('The transaction was aborted'), 2 * MB)).toBe(true);
    expect(await failedForSpace(new Error('The transaction was aborted'), MB / 2)).toBe(false);
    expect(await failedForSpace(Object.assign(new Error('x'), { name: 'QuotaExceededError' }), 1)).toBe(true);
  });
});
