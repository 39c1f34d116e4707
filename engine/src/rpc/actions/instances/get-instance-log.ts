import { z } from "zod";
import { readInstanceLog } from "../../../store/queries/instances/read-instance-log";
import { zLong, zProjectEnv } from "../../params";
import { defineAction } from "../common/define-action";
import { getInstanceOrThrow } from "../common/lookups";
import { assertProductionEnvironment } from "../common/project-env";

/** At most this many characters of log per answer: the newest ones, after a line saying so. */
export const MAX_LOG_CHARS = 4 * 1024 * 1024;

/** GetInstanceLog (spec §4.7): every attempt's output in order, as one string ("" before the first run). */
export const getInstanceLogAction = defineAction({
  name: "GetInstanceLog",
  level: 1,
  envelope: "standard",
  params: z.object({ InstanceId: zLong, ProjectEnv: zProjectEnv }),
  handler: async (params, context) => {
    assertProductionEnvironment(params.ProjectEnv);
    const instance = await getInstanceOrThrow(context.db, params.InstanceId);
    const log = await readInstanceLog(context.db, instance.id, MAX_LOG_CHARS);
    return log.isTruncated ? `[log truncated: the last ${MAX_LOG_CHARS} characters follow]\n${log.text}` : log.text;
  },
});
