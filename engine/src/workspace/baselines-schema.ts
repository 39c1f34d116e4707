import { z } from "zod";
import { BASELINE_PRIORITIES, minutesOfHhMm } from "../monitor/baselines/baseline-config";

/** `hh:mm` with hh 0–47 (a commitment after midnight of the run date's next day is 24–47). */
const ZHhMm = z.string("must be a time as \"hh:mm\" (quote it)").refine((text) => minutesOfHhMm(text) !== null, "must be \"hh:mm\" with hh 0–47 and mm 00–59");

const ZName = z
  .string()
  .max(128, "at most 128 characters")
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "must start with a letter and hold only letters, digits and _");

const ZOwnerId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/, "must be 1–64 characters: letters, digits, _ . @ -");

/** One entry of `baselines.yaml`'s `baselines:` list. */
export const ZBaselineSource = z.strictObject({
  name: ZName,
  /** One owner or a list of them; the workspace owner when left out. */
  owner: z.union([ZOwnerId, z.array(ZOwnerId).min(1, "at least one owner").max(10, "at most 10 owners")]).optional(),
  priority: z.literal(BASELINE_PRIORITIES, { error: `must be one of ${BASELINE_PRIORITIES.join(", ")}` }).default(1),
  type: z.enum(["DAILY", "HOURLY"], { error: "must be DAILY or HOURLY" }),
  /** DAILY: the commitment; HOURLY: the first cycle's commitment, each later cycle one hour later. */
  commitTime: ZHhMm.optional(),
  /** HOURLY only: the commitment per cycle ("1"–"24"). */
  commitTimes: z.record(z.string().regex(/^([1-9]|1\d|2[0-4])$/, "cycle numbers are 1–24"), ZHhMm).optional(),
  /** Minutes before the commitment at which the baseline turns DANGROUS when predicted late. */
  alertMargin: z.int("must be a whole number of minutes").min(0, "must be 0–1440 minutes").max(1440, "must be 0–1440 minutes"),
  nodes: z.array(ZName).max(1_000, "at most 1000 nodes").default([]),
  enabled: z.boolean().default(true),
  default: z.boolean().default(false),
});
export type BaselineSource = z.infer<typeof ZBaselineSource>;

export const ZBaselinesFileSource = z.strictObject(
  { baselines: z.array(z.unknown(), { error: (issue) => (issue.input === undefined ? "required" : "must be a list of baselines") }) },
  { error: "baselines.yaml is a mapping with a `baselines:` list" },
);

export const BASELINE_KEYS: readonly string[] = [...Object.keys(ZBaselineSource.shape), ...Object.keys(ZBaselinesFileSource.shape)];
