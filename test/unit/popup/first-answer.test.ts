/** When the popup draws: once the tab's state is in, or with its loading line when that is slow. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstAnswer, type Boot } from '../../../popup/boot-state';

const KEY = '__dossierPopupBoot';
/** The popup's early questions, with the tab's state answered by `page`. */
function asked(page: Promise<unknown>): void {
  const early = <T>(promise: Promise<T>) => ({ promise, settled: false });
  (globalThis as Record<string, unknown>)[KEY] = { tabId: early(Promise.resolve(1)), page: early(page), recent: early(new Promise(() => {})) } as unknown as Boot;
}
const settledWithin = async (promise: Promise<void>, ms: number): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(ms);
  return done;
};

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[KEY];
  vi.useRealTimers();
});

describe('firstAnswer', () => {
  it('lets the popup draw as soon as the tab state is in', async () => {
    vi.useFakeTimers();
    let answer!: (v: unknown) => void;
    asked(new Promise((resolve) => (answer = resolve)));
    const drawn = firstAnswer(150);
    expect(await settledWithin(drawn, 40)).toBe(false);
    answer({ ok: true, value: { url: 'https://baodienbien.vn/a', blocked: null, article: null } });
    expect(await settledWithin(drawn, 0)).toBe(true);
  });

  it('draws the loading line when the state takes longer than the limit, or its question failed', async () => {
    vi.useFakeTimers();
    asked(new Promise(() => {}));
    const slow = firstAnswer(150);
    expect(await settledWithin(slow, 149)).toBe(false);
    expect(await settledWithin(slow, 1)).toBe(true);

    asked(Promise.reject(new Error('The background did not answer.')));
    expect(await settledWithin(firstAnswer(150), 0)).toBe(true);
  });
});
