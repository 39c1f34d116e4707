import { describe, expect, it } from "vitest";
import {
  buildCanonicalRequest,
  buildStringToSign,
  canonicalQuery,
  canonicalUri,
  computeHuaweiSignature,
  formatSdkDate,
  sha256Hex,
  signHuaweiRequest,
} from "./huawei-signature";

// Huawei Cloud's API Request Signing Guide walks one request through every stage; these are its figures.
const GUIDE = {
  accessKeyId: "QTWAOYTTINDUT2QVKYUC",
  secretAccessKey: "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
  sdkDate: "20191115T033655Z",
  url: "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
  hashedCanonicalRequest: "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a",
  signature: "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
};

describe("Huawei Cloud SDK-HMAC-SHA256 signing", () => {
  it("builds the guide's canonical request, string to sign and signature", () => {
    const url = new URL(GUIDE.url);
    const headers = { "Content-Type": "application/json", Host: url.host, "X-Sdk-Date": GUIDE.sdkDate };
    const canonical = buildCanonicalRequest({ method: "GET", url, headers, signedHeaders: ["content-type", "host", "x-sdk-date"], body: "" });
    expect(canonical.split("\n").slice(0, 3)).toEqual(["GET", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/", "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"]);
    expect(sha256Hex(canonical)).toBe(GUIDE.hashedCanonicalRequest);
    const stringToSign = buildStringToSign(GUIDE.sdkDate, canonical);
    expect(stringToSign).toBe(`SDK-HMAC-SHA256\n${GUIDE.sdkDate}\n${GUIDE.hashedCanonicalRequest}`);
    expect(computeHuaweiSignature(GUIDE.secretAccessKey, stringToSign)).toBe(GUIDE.signature);
  });

  it("produces the guide's Authorization header from the request alone", () => {
    const headers = signHuaweiRequest({
      method: "GET",
      url: new URL(GUIDE.url),
      headers: { "Content-Type": "application/json" },
      accessKeyId: GUIDE.accessKeyId,
      secretAccessKey: GUIDE.secretAccessKey,
      now: new Date("2019-11-15T03:36:55Z"),
    });
    expect(headers["X-Sdk-Date"]).toBe(GUIDE.sdkDate);
    expect(headers.Authorization).toBe(
      `SDK-HMAC-SHA256 Access=${GUIDE.accessKeyId}, SignedHeaders=content-type;host;x-sdk-date, Signature=${GUIDE.signature}`,
    );
  });

  it("formats X-Sdk-Date as YYYYMMDDTHHMMSSZ in UTC", () => {
    expect(formatSdkDate(new Date("2026-03-04T05:06:07.890Z"))).toBe("20260304T050607Z");
  });

  it("ends the canonical URI with a slash and encodes segments per RFC 3986", () => {
    expect(canonicalUri("/")).toBe("/");
    expect(canonicalUri("")).toBe("/");
    expect(canonicalUri("/v3/p1/jobs/batch-connection")).toBe("/v3/p1/jobs/batch-connection/");
    expect(canonicalUri("/v2.0/a%20b/x(1)")).toBe("/v2.0/a%20b/x%281%29/");
  });

  it("sorts query pairs by name, then value, and keeps empty values", () => {
    expect(canonicalQuery(new URLSearchParams("b=2&a=z&a=y&c="))).toBe("a=y&a=z&b=2&c=");
    expect(canonicalQuery(new URLSearchParams("name=a b*"))).toBe("name=a%20b%2A");
  });

  it("signs the body: a changed body changes the signature", () => {
    const base = { method: "POST" as const, url: new URL("http://127.0.0.1:1/v3/p/jobs/batch-connection"), accessKeyId: "AK", secretAccessKey: "SK", now: new Date(0) };
    const one = signHuaweiRequest({ ...base, body: '{"jobs":[]}' }).Authorization;
    const two = signHuaweiRequest({ ...base, body: '{"jobs":[{}]}' }).Authorization;
    expect(one).not.toBe(two);
  });
});
