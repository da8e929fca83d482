/** Giving the event loop a turn during a long export, so the page stays responsive and a progress bar can paint. */

/** Resolves on the next macrotask. MessageChannel is not clamped to 4 ms the way nested setTimeout calls are. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A yielder that only yields once `sliceMs` have passed since the last turn. */
export function timeSlicer(sliceMs = 12, turn: () => Promise<void> = nextTask): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < sliceMs) return;
    await turn();
    last = Date.now();
  };
}
