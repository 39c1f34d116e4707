import { describe, expect, it } from "vitest";
import { canonicalQuery, encodeRpcQuery, percentEncode, stringToSign } from "./canonical";

describe("percentEncode", () => {
  it("keeps RFC 3986 unreserved characters", () => {
    expect(percentEncode("AZaz09-_.~")).toBe("AZaz09-_.~");
  });

  it("encodes space as %20, * as %2A and / as %2F", () => {
    expect(percentEncode("a b*c/d")).toBe("a%20b%2Ac%2Fd");
  });

  it("encodes the characters encodeURIComponent leaves alone but RFC 3986 reserves", () => {
    expect(percentEncode("!'()")).toBe("%21%27%28%29");
  });

  it("encodes + = & and % so they cannot be confused with the query syntax", () => {
    expect(percentEncode("1+1=2&50%")).toBe("1%2B1%3D2%2650%25");
  });

  it("encodes Chinese text as uppercase %XX of its UTF-8 bytes", () => {
    expect(percentEncode("运维")).toBe("%E8%BF%90%E7%BB%B4");
  });
});

describe("canonicalQuery", () => {
  it("sorts names, encodes names and values, and leaves out Signature", () => {
    const query = canonicalQuery({ b: "2", Signature: "ignored", a: "x y", A: "~*", "Key.1": "/" });
    expect(query).toBe("A=~%2A&Key.1=%2F&a=x%20y&b=2");
  });

  it("sorts uppercase before lowercase, as byte order does", () => {
    expect(canonicalQuery({ action: "1", Action: "2", Zeta: "3" })).toBe("Action=2&Zeta=3&action=1");
  });
});

describe("stringToSign", () => {
  it("is METHOD&%2F& and the encoded canonical query, so values are encoded twice", () => {
    expect(stringToSign("get", { Name: "a b", Timestamp: "2020-01-01T00:00:00Z" })).toBe(
      "GET&%2F&Name%3Da%2520b%26Timestamp%3D2020-01-01T00%253A00%253A00Z",
    );
  });
});

describe("encodeRpcQuery", () => {
  it("includes Signature, and URLSearchParams reads every value back unchanged", () => {
    const params = { Text: "a b+c*d~e/f 中文 &=%", Signature: "abc+/=" };
    const decoded = Object.fromEntries(new URLSearchParams(encodeRpcQuery(params)));
    expect(decoded).toEqual(params);
  });
});
