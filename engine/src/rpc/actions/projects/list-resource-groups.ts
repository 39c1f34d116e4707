import { z } from "zod";
import { listResourceGroups } from "../../../store/queries/projects/list-resource-groups";
import { egressPolicyWires } from "../connectivity/egress-policy";
import { zInt, zLong, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { toResourceGroupWire } from "./project-wire";

/**
 * Resource group types a caller may ask for (connectivity spec §2.5). The engine's groups are
 * scheduling groups: asked for as 1 (the request's code), 7 (the response's code) or 0 (DataWorks,
 * the general kind); every other type (engines, Data Integration, …) has none here.
 */
const REQUESTABLE_TYPES = [0, 1, 2, 3, 4, 7, 8, 9] as const;
const TYPES_WITH_ENGINE_GROUPS: ReadonlySet<number> = new Set([0, 1, 7]);

const BIZ_EXT_KEY_MODES = { default: ["SHARE"], single: ["ISOLATE", "DEVELOP"] } as const;

/** ListResourceGroups (connectivity spec §2.5): not paged. `ProjectId` is a Nightshift extension filter. */
export const listResourceGroupsAction = defineAction({
  name: "ListResourceGroups",
  level: 1,
  envelope: "standard",
  params: z.object({
    ResourceGroupType: zInt(0, 9).refine((type) => (REQUESTABLE_TYPES as readonly number[]).includes(type), "expected one of 0, 1, 2, 3, 4, 7, 8, 9"),
    Keyword: zText({ max: 128 }).optional(),
    BizExtKey: z.enum(["default", "single"], { error: "expected default or single" }).optional(),
    ProjectId: zLong.optional(),
  }),
  handler: async (params, context) => {
    if (!TYPES_WITH_ENGINE_GROUPS.has(params.ResourceGroupType)) return [];
    const listings = await listResourceGroups(context.db, {
      projectId: params.ProjectId,
      keyword: params.Keyword,
      modes: params.BizExtKey === undefined ? undefined : BIZ_EXT_KEY_MODES[params.BizExtKey],
    });
    // EgressPolicy (extension): where this group's connection tests may connect (docs/connectivity.md).
    const policies = await egressPolicyWires(context.db, listings.map((listing) => listing.group.id));
    return listings.map((listing) => ({ ...toResourceGroupWire(listing.group, listing), EgressPolicy: policies.get(listing.group.id) }));
  },
});
