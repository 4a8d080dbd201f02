/**
 * Wraps `task` so that it runs one at a time and never falls behind: a call while a run is under way
 * waits for it, then one more run serves every call made meanwhile (the latest argument wins).
 * Each call's promise settles with the run that served it. Why: the search index covers the whole
 * output, so ten saves in a row need one more index, not ten, and two Pagefind runs must not overlap.
 */
export function oneAtATime<A, T>(task: (arg: A) => Promise<T>): (arg: A) => Promise<T> {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;
  let latest: A;
  const start = (arg: A): Promise<T> => {
    const run = task(arg).finally(() => {
      if (running === run) running = undefined;
    });
    return (running = run);
  };
  return (arg) => {
    if (!running) return start(arg);
    latest = arg;
    // The run after this one: made once, whatever the current run's outcome, for every call until it starts.
    return (queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start(latest);
      }));
  };
}
