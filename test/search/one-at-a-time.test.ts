import { describe, expect, it } from "vitest";
import { oneAtATime } from "../../src/search/one-at-a-time.ts";

/** A task whose runs finish only when the test says so, recording each run's argument and overlap. */
function controlledTask() {
  const runs: string[] = [];
  const finishers: (() => void)[] = [];
  let active = 0;
  let overlapped = false;
  const task = (arg: string) =>
    new Promise<string>((resolve) => {
      runs.push(arg);
      overlapped ||= ++active > 1;
      finishers.push(() => (active--, resolve(`done ${arg}`)));
    });
  const finishNext = async () => {
    finishers.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { task, runs, finishNext, overlapped: () => overlapped };
}

describe("oneAtATime", () => {
  it("runs once more after the current run for all calls made meanwhile, with the latest argument, never two at once", async () => {
    const { task, runs, finishNext, overlapped } = controlledTask();
    const index = oneAtATime(task);
    const first = index("a");
    const second = index("b");
    const third = index("c");
    expect(runs).toEqual(["a"]);
    await finishNext();
    expect(await first).toBe("done a");
    expect(runs).toEqual(["a", "c"]);
    await finishNext();
    expect([await second, await third]).toEqual(["done c", "done c"]);
    expect(overlapped()).toBe(false);
    const fourth = index("d"); // idle again: runs at once
    expect(runs).toEqual(["a", "c", "d"]);
    await finishNext();
    expect(await fourth).toBe("done d");
  });
  it("still runs the queued call when the current run fails, and passes each failure to its own callers", async () => {
    let calls = 0;
    const index = oneAtATime(async (arg: string) => {
      if (calls++ === 0) throw new Error(`failed ${arg}`);
      return `done ${arg}`;
    });
    const failing = index("a");
    const queued = index("b");
    await expect(failing).rejects.toThrow("failed a");
    await expect(queued).resolves.toBe("done b");
  });
});
