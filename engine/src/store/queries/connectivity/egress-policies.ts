import type { Database } from "../../database";

export type EgressPolicyRecord = { resourceGroupId: bigint; allowCidrs: string[]; denyCidrs: string[]; allowLoopback: boolean };

function parseList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** Policies of the given groups; a group without a row is absent (it has the embedded default). */
export async function findEgressPolicies(db: Database, resourceGroupIds: readonly bigint[]): Promise<Map<bigint, EgressPolicyRecord>> {
  const rows = await db.prisma.resourceGroupEgress.findMany({ where: { resourceGroupId: { in: [...resourceGroupIds] } } });
  return new Map(
    rows.map((row) => [
      row.resourceGroupId,
      { resourceGroupId: row.resourceGroupId, allowCidrs: parseList(row.allowCidrs), denyCidrs: parseList(row.denyCidrs), allowLoopback: row.allowLoopback },
    ]),
  );
}

export async function upsertEgressPolicy(db: Database, policy: EgressPolicyRecord, now: number): Promise<void> {
  const data = { allowCidrs: JSON.stringify(policy.allowCidrs), denyCidrs: JSON.stringify(policy.denyCidrs), allowLoopback: policy.allowLoopback, modifiedAt: BigInt(now) };
  await db.prisma.resourceGroupEgress.upsert({ where: { resourceGroupId: policy.resourceGroupId }, create: { resourceGroupId: policy.resourceGroupId, ...data }, update: data });
}

export async function deleteEgressPolicy(db: Database, resourceGroupId: bigint): Promise<void> {
  await db.prisma.resourceGroupEgress.deleteMany({ where: { resourceGroupId } });
}
