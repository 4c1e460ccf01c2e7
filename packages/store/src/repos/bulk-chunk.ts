/**
 * Rows per statement. One statement on PGlite holds the only connection (and this thread) while it
 * runs, so it is kept to a few thousand rows: other requests get their turn between chunks.
 */
export const BULK_CHUNK = 2000;

/**
 * Lets the event loop run timers and I/O. PGlite answers a statement without leaving the microtask queue,
 * so a loop of awaited statements would otherwise keep every other request out until it ends.
 */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
