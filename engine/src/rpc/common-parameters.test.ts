import { describe, expect, it } from "vitest";
import { GatewayError } from "./gateway-errors";
import { parseRpcTimestamp, readCommonParameters } from "./common-parameters";

const VALID = {
  Action: "Echo",
  Version: "2020-05-18",
  AccessKeyId: "LTAIexample",
  Signature: "c2ln",
  SignatureMethod: "HMAC-SHA1",
  SignatureVersion: "1.0",
  SignatureNonce: "n-1",
  Timestamp: "2024-03-01T10:20:30Z",
};

function codeOf(params: Record<string, string>): string | undefined {
  try {
    readCommonParameters(params);
    return undefined;
  } catch (error) {
    return error instanceof GatewayError ? error.code : "not a GatewayError";
  }
}

describe("parseRpcTimestamp", () => {
  it("reads YYYY-MM-DDThh:mm:ssZ as UTC", () => {
    expect(parseRpcTimestamp("2024-03-01T10:20:30Z")).toBe(Date.UTC(2024, 2, 1, 10, 20, 30));
  });

  it.each(["2024-03-01T10:20:30", "2024-03-01T10:20:30+08:00", "2024-13-01T00:00:00Z", "2024-03-01T24:00:00Z", "2023-02-29T00:00:00Z", " 2024-03-01T10:20:30Z"])(
    "refuses %j",
    (text) => {
      expect(parseRpcTimestamp(text)).toBeNull();
    },
  );
});

describe("readCommonParameters", () => {
  it("returns the checked common parameters, RegionId when given", () => {
    expect(readCommonParameters({ ...VALID, RegionId: "cn-shanghai" })).toEqual({
      action: "Echo",
      accessKeyId: "LTAIexample",
      signature: "c2ln",
      signatureNonce: "n-1",
      timestampMs: Date.UTC(2024, 2, 1, 10, 20, 30),
      regionId: "cn-shanghai",
    });
  });

  it("treats an empty common parameter as missing", () => {
    expect(codeOf({ ...VALID, SignatureNonce: "" })).toBe("MissingParameter");
  });

  it("checks Version before anything else, so an old client learns the version first", () => {
    const { Signature: _, ...unsigned } = VALID;
    expect(codeOf({ ...unsigned, Version: "2014-05-26" })).toBe("InvalidVersion");
  });

  it("refuses SignatureVersion other than 1.0 with IncompleteSignature", () => {
    expect(codeOf({ ...VALID, SignatureVersion: "2.0" })).toBe("IncompleteSignature");
  });
});
