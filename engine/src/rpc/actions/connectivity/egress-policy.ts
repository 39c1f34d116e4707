import { z } from "zod";
import { getResourceGroupOrThrow } from "../../../connectivity/connection-tests";
import { ALWAYS_DENIED_CIDRS, assertCidr, EMBEDDED_DEFAULT_POLICY } from "../../../connectivity/egress";
import { EngineError } from "../../../model/errors";
import type { Database } from "../../../store/database";
import { findEgressPolicies, upsertEgressPolicy } from "../../../store/queries/connectivity/egress-policies";
import { zBool, zText } from "../../params";
import { defineAction } from "../common/define-action";
import { ZOperatorParams } from "../common/operation-context";

/** The `EgressPolicy` field of ListResourceGroups' items (extension), for every group asked. */
export async function egressPolicyWires(db: Database, resourceGroupIds: readonly bigint[]) {
  const policies = await findEgressPolicies(db, resourceGroupIds);
  return new Map(
    resourceGroupIds.map((id) => {
      const policy = policies.get(id) ?? { ...EMBEDDED_DEFAULT_POLICY, allowCidrs: [], denyCidrs: [] };
      return [id, { AllowCidrs: [...policy.allowCidrs], DenyCidrs: [...policy.denyCidrs], AllowLoopback: policy.allowLoopback, AlwaysDeniedCidrs: [...ALWAYS_DENIED_CIDRS], IsDefault: !policies.has(id) }];
    }),
  );
}

function zCidrList() {
  return zText({ min: 0, max: 4096 }).transform((text, context) => {
    const items = text.split(",").map((item) => item.trim()).filter(Boolean);
    for (const item of items) {
      try {
        assertCidr(item);
      } catch (error) {
        context.addIssue((error as Error).message);
      }
    }
    return items;
  });
}

/**
 * Nightshift extension: sets a resource group's egress policy (comma-separated CIDRs). The
 * always-denied ranges and the engine's and console's own ports stay refused whatever is set.
 */
export const updateResourceGroupEgressPolicyAction = defineAction({
  name: "UpdateResourceGroupEgressPolicy",
  level: 2,
  envelope: "standard",
  params: z.object({
    ResourceGroupId: zText({ max: 128 }),
    AllowCidrs: zCidrList().optional(),
    DenyCidrs: zCidrList().optional(),
    AllowLoopback: zBool.optional(),
    ...ZOperatorParams,
  }),
  handler: async (params, context) => {
    const group = await getResourceGroupOrThrow(context.db, params.ResourceGroupId);
    const current = (await findEgressPolicies(context.db, [group.id])).get(group.id) ?? { resourceGroupId: group.id, ...EMBEDDED_DEFAULT_POLICY, allowCidrs: [], denyCidrs: [] };
    if (params.AllowCidrs === undefined && params.DenyCidrs === undefined && params.AllowLoopback === undefined) {
      throw new EngineError("Invalid.Wkbench.Parameter", "The specified parameters are invalid: give AllowCidrs, DenyCidrs or AllowLoopback.", 400);
    }
    await upsertEgressPolicy(
      context.db,
      {
        resourceGroupId: group.id,
        allowCidrs: params.AllowCidrs ?? current.allowCidrs,
        denyCidrs: params.DenyCidrs ?? current.denyCidrs,
        allowLoopback: params.AllowLoopback ?? current.allowLoopback,
      },
      context.now,
    );
    return true;
  },
});
