import { describe, expect, it } from "vitest";
import { FILE_TYPE_BY_PROGRAM_TYPE } from "../../../workspace/program-types";
import { FILE_TYPES, searchFileTypes } from "./file-types";

describe("file types", () => {
  it("holds the spec's 23 common codes, the same as the engine's program types", () => {
    expect(FILE_TYPES.map((entry) => entry.code)).toEqual(Object.values(FILE_TYPE_BY_PROGRAM_TYPE).sort((left, right) => left - right));
  });

  it("searches a case-insensitive substring in the asked locale", () => {
    expect(searchFileTypes({ locale: "en-US", keyword: "emr spark" }).map((info) => info.NodeType)).toEqual([228, 229, 258]);
    expect(searchFileTypes({ locale: "zh-CN", keyword: "数据" })).toEqual([{ NodeType: 23, NodeTypeName: "数据集成" }]);
    expect(searchFileTypes({ locale: "zh-CN", keyword: "Data Integration" })).toEqual([]);
    expect(searchFileTypes({ locale: "en-US" })).toHaveLength(23);
  });
});
