import { describe, expect, it } from "vitest";
import { buildTaskEnvironment } from "./task-environment";

describe("buildTaskEnvironment", () => {
  it("inherits only PATH, HOME, LANG and TZ and adds the task's variables on top", () => {
    const parent = { PATH: "/usr/bin", HOME: "/home/engine", LANG: "C.UTF-8", DATABASE_URL: "secret", TZ: undefined };
    expect(buildTaskEnvironment({ LANG: "en_US.UTF-8", BIZDATE: "20240501" }, parent)).toEqual({
      PATH: "/usr/bin",
      HOME: "/home/engine",
      LANG: "en_US.UTF-8",
      BIZDATE: "20240501",
    });
  });
});
