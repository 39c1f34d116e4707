import { describe, expect, it } from "vitest";
import { ZCreateDataServiceBody, ZUpdateDataServiceBody, describeEndpointHint, regionOfDataWorksEndpoint } from "./data-services";

const valid = { name: "Shanghai prod", endpoint: "https://dataworks.cn-shanghai.aliyuncs.com/", region: "cn-shanghai", accessKeyId: "LTAI5t", accessKeySecret: "s3cr3t" };

describe("ZCreateDataServiceBody", () => {
  it("accepts a DataWorks endpoint and drops its trailing slash", () => {
    expect(ZCreateDataServiceBody.parse(valid).endpoint).toBe("https://dataworks.cn-shanghai.aliyuncs.com");
  });

  it.each([
    ["ftp://example.com", "endpoint"],
    ["not a url", "endpoint"],
    ["http://127.0.0.1:3100/api", "endpoint"],
    ["https://user:pw@dataworks.cn-shanghai.aliyuncs.com", "endpoint"],
  ])("refuses the endpoint %s", (endpoint, path) => {
    const parsed = ZCreateDataServiceBody.safeParse({ ...valid, endpoint });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([path]);
  });

  it("requires a region", () => {
    const parsed = ZCreateDataServiceBody.safeParse({ ...valid, region: " " });
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["region"]);
  });

  it("refuses unknown fields", () => {
    expect(ZCreateDataServiceBody.safeParse({ ...valid, isEmbedded: true }).success).toBe(false);
  });

  it("lets an update leave the secret out", () => {
    expect(ZUpdateDataServiceBody.parse({ name: "x" })).toEqual({ name: "x" });
  });
});

describe("endpoint hints", () => {
  it("reads the region out of a DataWorks endpoint", () => {
    expect(regionOfDataWorksEndpoint("https://dataworks.cn-hangzhou.aliyuncs.com")).toBe("cn-hangzhou");
    expect(regionOfDataWorksEndpoint("http://127.0.0.1:3100")).toBeNull();
  });
  it("warns when the endpoint and the region disagree", () => {
    expect(describeEndpointHint("https://dataworks.cn-hangzhou.aliyuncs.com", "cn-shanghai")).toContain("cn-hangzhou");
    expect(describeEndpointHint("https://dataworks.cn-shanghai.aliyuncs.com", "cn-shanghai")).toBeNull();
  });
  it("says what a DataWorks endpoint looks like for another aliyuncs.com host", () => {
    expect(describeEndpointHint("https://ecs.aliyuncs.com", "cn-shanghai")).toContain("dataworks.<region>");
  });
  it("has nothing to say about a local engine", () => {
    expect(describeEndpointHint("http://127.0.0.1:3100", "cn-shanghai")).toBeNull();
  });
});
