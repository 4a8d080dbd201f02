/**
 * Wraps `task` so that it runs one at a time and never falls behind: a call while a run is under way
 * waits for it, then one more run serves every call made meanwhile (the latest argument wins).
 * Each call's promise settles with the run that served it. Why: the search index covers the whole
 * output, so ten saves in a row need one more index, not ten, and two Pagefind runs must not overlap.
 */
export function oneAtATime<A, T>(task: (arg: A) => Promise<T>): (arg: A) => Promise<T> {
  let running: Promise<T> | undefined;
  let next: { arg: A; promise: Promise<T> } | undefined;
  const start = (arg: A): Promise<T> => {
    const run = task(arg).finally(() => {
      if (running === run) running = undefined;
    });
    return (running = run);
  };
  return (arg) => {
    if (!running) return start(arg);
    if (next) {
      next.arg = arg;
      return next.promise;
    }
    const queued: { arg: A; promise: Promise<T> } = { arg, promise: undefined as unknown as Promise<T> };
    queued.promise = running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return start(queued.arg);
      });
    next = queued;
    return queued.promise;
  };
}
