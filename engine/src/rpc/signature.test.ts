import { describe, expect, it } from "vitest";
import { computeRpcSignature, createSignedRpcParameters, formatRpcTimestamp, signaturesMatch, signRpcParameters } from "./signature";

describe("computeRpcSignature", () => {
  it("reproduces the example signature of Alibaba Cloud's signature v1 documentation", () => {
    // The DescribeRegions example of the RPC signature guide (secret "testsecret").
    const params = {
      AccessKeyId: "testid",
      Action: "DescribeRegions",
      Format: "XML",
      SignatureMethod: "HMAC-SHA1",
      SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
      SignatureVersion: "1.0",
      Timestamp: "2016-02-23T12:46:24Z",
      Version: "2014-05-26",
    };
    expect(computeRpcSignature("GET", params, "testsecret")).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  });

  it("depends on the method, the parameters and the secret", () => {
    const params = { Action: "Echo", Text: "x" };
    const base = computeRpcSignature("GET", params, "secret");
    expect(computeRpcSignature("POST", params, "secret")).not.toBe(base);
    expect(computeRpcSignature("GET", { ...params, Text: "y" }, "secret")).not.toBe(base);
    expect(computeRpcSignature("GET", params, "other")).not.toBe(base);
  });
});

describe("signRpcParameters", () => {
  it("adds a Signature that does not depend on the order the parameters were given in", () => {
    const first = signRpcParameters("GET", { A: "1", B: "2" }, "secret");
    const second = signRpcParameters("GET", { B: "2", A: "1" }, "secret");
    expect(first.Signature).toBeTruthy();
    expect(first.Signature).toBe(second.Signature);
  });

  it("replaces a Signature already present instead of signing over it", () => {
    const signed = signRpcParameters("GET", { A: "1", Signature: "stale" }, "secret");
    expect(signed.Signature).toBe(signRpcParameters("GET", { A: "1" }, "secret").Signature);
  });
});

describe("signaturesMatch", () => {
  it("accepts an equal signature and refuses a different one or one of another length", () => {
    expect(signaturesMatch("abc=", "abc=")).toBe(true);
    expect(signaturesMatch("abc=", "abd=")).toBe(false);
    expect(signaturesMatch("abc=", "abc")).toBe(false);
  });
});

describe("formatRpcTimestamp", () => {
  it("writes UTC seconds without milliseconds", () => {
    expect(formatRpcTimestamp(Date.UTC(2024, 1, 29, 23, 5, 9, 987))).toBe("2024-02-29T23:05:09Z");
  });
});

describe("createSignedRpcParameters", () => {
  it("fills in every common parameter and signs them together with the action's", () => {
    const signed = createSignedRpcParameters({
      method: "GET",
      action: "Echo",
      params: { Text: "hi" },
      accessKeyId: "LTAIexample",
      accessKeySecret: "secret",
      now: Date.UTC(2024, 0, 1),
      nonce: "n-1",
    });
    expect(signed).toMatchObject({
      Action: "Echo",
      Format: "JSON",
      Version: "2020-05-18",
      AccessKeyId: "LTAIexample",
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      SignatureNonce: "n-1",
      Timestamp: "2024-01-01T00:00:00Z",
      Text: "hi",
    });
    expect(signed.Signature).toBe(computeRpcSignature("GET", signed, "secret"));
  });
});
