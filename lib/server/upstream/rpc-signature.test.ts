import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildStringToSign, canonicalizeQuery, computeSignature, encodeParameters, formatSignatureTimestamp, percentEncodeRfc3986, signRequestParameters } from "./rpc-signature";

describe("percentEncodeRfc3986", () => {
  it("encodes space as %20, * as %2A and keeps ~ and the other unreserved characters", () => {
    expect(percentEncodeRfc3986("a b*c~d-e_f.g")).toBe("a%20b%2Ac~d-e_f.g");
  });
  it("escapes the characters encodeURIComponent leaves alone", () => {
    expect(percentEncodeRfc3986("!'()")).toBe("%21%27%28%29");
  });
  it("encodes UTF-8 bytes of non-ASCII text and reserved characters", () => {
    expect(percentEncodeRfc3986("日/=&+")).toBe("%E6%97%A5%2F%3D%26%2B");
  });
});

describe("canonicalizeQuery", () => {
  it("sorts by name in byte order, leaves out Signature, and encodes names and values", () => {
    expect(canonicalizeQuery({ b: "2", a: "x y", Signature: "ignored", B: "*" })).toBe("B=%2A&a=x%20y&b=2");
  });
});

describe("computeSignature", () => {
  // The worked example of Alibaba Cloud's RPC signature documentation (ECS DescribeRegions).
  const documented = {
    AccessKeyId: "testid",
    Action: "DescribeRegions",
    Format: "XML",
    SignatureMethod: "HMAC-SHA1",
    SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
    SignatureVersion: "1.0",
    Timestamp: "2016-02-23T12:46:24Z",
    Version: "2014-05-26",
  };

  it("signs GET&%2F&encoded-canonical-query with HMAC-SHA1 keyed by secret&", () => {
    const text = buildStringToSign("GET", documented);
    expect(text.startsWith("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions")).toBe(true);
    const expected = createHmac("sha1", "testsecret&").update(text).digest("base64");
    expect(computeSignature("GET", documented, "testsecret")).toBe(expected);
  });

  it("reproduces the documented signature", () => {
    expect(computeSignature("GET", documented, "testsecret")).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  });

  it("differs between GET and POST", () => {
    expect(computeSignature("POST", documented, "testsecret")).not.toBe(computeSignature("GET", documented, "testsecret"));
  });
});

describe("signRequestParameters", () => {
  it("adds every common parameter and a signature over all of them", () => {
    const signed = signRequestParameters({
      method: "GET",
      action: "ListProjects",
      params: { PageNumber: "1" },
      accessKeyId: "id",
      accessKeySecret: "secret",
      regionId: "cn-shanghai",
      now: new Date("2026-11-23T04:05:06.789Z"),
      nonce: "nonce-1",
    });
    expect(signed).toMatchObject({
      Action: "ListProjects",
      Format: "JSON",
      Version: "2020-05-18",
      AccessKeyId: "id",
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      SignatureNonce: "nonce-1",
      Timestamp: "2026-11-23T04:05:06Z",
      RegionId: "cn-shanghai",
      PageNumber: "1",
    });
    const { Signature, ...unsigned } = signed;
    expect(Signature).toBe(computeSignature("GET", unsigned, "secret"));
  });

  it("uses a fresh random nonce for every call", () => {
    const input = { method: "GET" as const, action: "A", params: {}, accessKeyId: "i", accessKeySecret: "s", regionId: "r" };
    expect(signRequestParameters(input).SignatureNonce).not.toBe(signRequestParameters(input).SignatureNonce);
  });

  it("cannot be overridden by an action parameter named like a common one", () => {
    const signed = signRequestParameters({ method: "GET", action: "A", params: { Version: "1999-01-01" }, accessKeyId: "i", accessKeySecret: "s", regionId: "r" });
    expect(signed.Version).toBe("2020-05-18");
  });
});

describe("helpers", () => {
  it("formats the timestamp in UTC without milliseconds", () => {
    expect(formatSignatureTimestamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 600)))).toBe("2026-01-02T03:04:05Z");
  });
  it("encodes the signed parameters with the same encoding, signature included", () => {
    expect(encodeParameters({ b: "x y", Signature: "a+b=" })).toBe("Signature=a%2Bb%3D&b=x%20y");
  });
});
