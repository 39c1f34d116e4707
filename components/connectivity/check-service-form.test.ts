import { describe, expect, it } from "vitest";
import type { TCheckService } from "@/lib/contracts/connectivity";
import { EMPTY_CHECK_SERVICE, checkServiceValuesOf, toCreateCheckServiceBody, toUpdateCheckServiceBody } from "./check-service-form";

const service: TCheckService = {
  id: 1,
  name: "DRS",
  kind: "drs",
  endpoint: "https://drs.cn-north-4.myhuaweicloud.com",
  region: "cn-north-4",
  cloudProjectId: "p1",
  accessKeyId: "AK",
  hasSecret: true,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("check service form", () => {
  it("sends no project id for DTS", () => {
    expect(toCreateCheckServiceBody({ ...EMPTY_CHECK_SERVICE, kind: "dts", cloudProjectId: "left-over" }).cloudProjectId).toBe("");
  });
  it("sends only what changed, and no secret when the field stayed empty", () => {
    const values = checkServiceValuesOf(service);
    expect(values.accessKeySecret).toBe("");
    expect(toUpdateCheckServiceBody(service, values)).toEqual({});
    expect(toUpdateCheckServiceBody(service, { ...values, region: "cn-east-3", accessKeySecret: "new" })).toEqual({ region: "cn-east-3", accessKeySecret: "new" });
  });
});
