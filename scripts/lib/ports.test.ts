import net from "node:net";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { checkPort } from "./ports";

describe("checkPort", () => {
  it("sees a port that a server holds as in use, and as free once it is closed", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    expect(await checkPort("127.0.0.1", port)).toBe("in-use");
    await new Promise((resolve) => server.close(resolve));
    expect(await checkPort("127.0.0.1", port)).toBe("free");
  });
});
