import { describe, expect, it } from "vitest";
import { toDataServiceDto } from "./data-service-dto";

const row = {
  id: 3,
  name: "Embedded engine",
  kind: "dataworks",
  endpoint: "http://127.0.0.1:3100",
  region: "cn-local",
  accessKeyId: "LTAIabc",
  isEmbedded: true,
  createdAt: new Date("2026-11-23T01:00:00Z"),
  updatedAt: new Date("2026-11-23T02:00:00Z"),
  lastTestedAt: null,
  lastTestStatus: "weird",
  lastTestMessage: null,
};

describe("toDataServiceDto", () => {
  it("says the secret exists without carrying anything of it", () => {
    const dto = toDataServiceDto({ ...row, accessKeySecretCiphertext: "v1.secret" } as typeof row);
    expect(dto.hasSecret).toBe(true);
    expect(JSON.stringify(dto)).not.toContain("v1.secret");
  });
  it("writes dates as ISO strings and drops an unknown test status", () => {
    const dto = toDataServiceDto(row);
    expect(dto.createdAt).toBe("2026-11-23T01:00:00.000Z");
    expect(dto.lastTestStatus).toBeNull();
  });
});
