import { z } from "zod";
import { zInt, zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { resolveProjectOrThrow } from "../common/lookups";
import { searchFileTypes } from "./file-types";

/**
 * ListFileType (spec §4.21): the static table of common node types, paged. A workspace must be
 * named by ProjectId or ProjectIdentifier (spec §5.20: a call with neither is a parameter error).
 * `Locale` defaults to zh-CN, DataWorks' default; `Keyword` matches names in that locale.
 */
export const listFileTypeAction = defineAction({
  name: "ListFileType",
  level: 1,
  envelope: "bare",
  params: z
    .object({
      PageNumber: zInt(1, 2_147_483_647),
      PageSize: zInt(1, 100),
      ProjectId: zLong.optional(),
      ProjectIdentifier: zText({ max: 64 }).optional(),
      Keyword: zText({ max: 128 }).optional(),
      Locale: z.enum(["zh-CN", "en-US"], { error: "expected zh-CN or en-US" }).default("zh-CN"),
    })
    .refine((params) => params.ProjectId !== undefined || params.ProjectIdentifier !== undefined, {
      message: "expected ProjectId or ProjectIdentifier",
      path: ["ProjectId"],
    }),
  handler: async (params, context) => {
    await resolveProjectOrThrow(context.db, { projectId: params.ProjectId, identifier: params.ProjectIdentifier });
    const matches = searchFileTypes({ locale: params.Locale, keyword: params.Keyword });
    const start = (params.PageNumber - 1) * params.PageSize;
    return {
      NodeTypeInfoList: {
        NodeTypeInfo: matches.slice(start, start + params.PageSize),
        PageNumber: params.PageNumber,
        PageSize: params.PageSize,
        TotalCount: matches.length,
      },
    };
  },
});
