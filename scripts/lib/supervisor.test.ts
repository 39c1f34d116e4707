import { describe, expect, it } from "vitest";
import { describeExit, runChild, startChild, Supervisor, type ChildSpec } from "./supervisor";

/** A Node child running `source`, whose prefixed lines land in `lines`. */
function nodeChild(name: string, source: string, lines: string[]): ChildSpec {
  return { name, command: process.execPath, args: ["-e", source], onLine: (line) => lines.push(line) };
}

/** Resolves once a line containing `text` has been seen; the child says it is ready this way. */
async function lineSeen(lines: string[], text: string): Promise<void> {
  await expect.poll(() => lines.some((line) => line.includes(text)), { timeout: 10_000, interval: 10 }).toBe(true);
}

// Stays alive and exits 0 on SIGTERM after saying goodbye.
const POLITE = `process.on("SIGTERM", () => { console.log("bye"); process.exit(0); }); setInterval(() => {}, 1000); console.log("ready");`;
// Ignores SIGTERM; only SIGKILL ends it.
const STUBBORN = `process.on("SIGTERM", () => console.log("ignoring SIGTERM")); setInterval(() => {}, 1000); console.log("ready");`;

describe("startChild", () => {
  it("prefixes stdout and stderr lines and reports the exit code", async () => {
    const lines: string[] = [];
    const exit = await runChild(nodeChild("job", `console.log("one\\ntwo"); console.error("oops"); process.exit(3);`, lines));
    expect(exit).toMatchObject({ name: "job", code: 3, signal: null });
    expect(lines).toEqual(expect.arrayContaining(["[job] one", "[job] two", "[job] oops"]));
    expect(describeExit(exit)).toBe("exited with code 3");
  });

  it("stops a child politely with SIGTERM", async () => {
    const lines: string[] = [];
    const child = startChild(nodeChild("polite", POLITE, lines));
    await lineSeen(lines, "ready");
    const exit = await child.stop(5_000);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(lines).toContain("[polite] bye");
    expect(child.hasExited()).toBe(true);
  });

  it("kills a child that ignores SIGTERM once the grace period is over", async () => {
    const lines: string[] = [];
    const child = startChild(nodeChild("stubborn", STUBBORN, lines));
    await lineSeen(lines, "ready");
    const startedAt = Date.now();
    const exit = await child.stop(300);
    expect(exit).toMatchObject({ code: null, signal: "SIGKILL" });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250);
    expect(lines).toContain("[stubborn] ignoring SIGTERM");
    expect(describeExit(exit)).toBe("was stopped by SIGKILL");
  });

  it("sends SIGTERM only once when asked to stop twice", async () => {
    const lines: string[] = [];
    const child = startChild(
      nodeChild("slow", `process.on("SIGTERM", () => { console.log("got SIGTERM"); setTimeout(() => process.exit(0), 200); }); setInterval(() => {}, 1000); console.log("ready");`, lines),
    );
    await lineSeen(lines, "ready");
    const [first, second] = await Promise.all([child.stop(5_000), child.stop(5_000)]);
    expect(first).toBe(second);
    expect(lines.filter((line) => line.includes("got SIGTERM"))).toHaveLength(1);
  });

  it("kills at once on request, even while a graceful stop is under way", async () => {
    const lines: string[] = [];
    const child = startChild(nodeChild("stubborn", STUBBORN, lines));
    await lineSeen(lines, "ready");
    void child.stop(60_000);
    expect(await child.kill()).toMatchObject({ signal: "SIGKILL" });
  });

  it("reports a command that cannot be started instead of throwing", async () => {
    const exit = await runChild({ name: "missing", command: "/nonexistent/nightshift-binary", args: [], onLine: () => undefined });
    expect(exit.error).toBeInstanceOf(Error);
    expect(describeExit(exit)).toMatch(/^could not start \(spawn .*ENOENT\)$/);
  });
});

describe("Supervisor", () => {
  it("reports the first child to die, then stops the survivor", async () => {
    const lines: string[] = [];
    const supervisor = new Supervisor();
    const survivor = supervisor.add(startChild(nodeChild("engine", POLITE, lines)));
    await lineSeen(lines, "[engine] ready");
    supervisor.add(startChild(nodeChild("console", `setTimeout(() => process.exit(7), 50);`, lines)));

    const first = await supervisor.firstExit();
    expect(first).toMatchObject({ name: "console", code: 7 });
    expect(survivor.hasExited()).toBe(false);

    const exits = await supervisor.stopAll(5_000);
    expect(exits.map((exit) => [exit.name, exit.code])).toEqual([
      ["engine", 0],
      ["console", 7],
    ]);
    expect(lines).toContain("[engine] bye");
  });
});
