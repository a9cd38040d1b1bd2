/** Lets the thread's other work (I/O callbacks, messages, timers) run before going on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
