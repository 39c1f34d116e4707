import { allocateBaselineIds } from "../store/queries/monitor/baselines";
import type { Tx } from "../store/transaction";
import type { BaselineDefinition } from "./baselines-load";

export type BaselinesDeployed = { added: number; changed: number; removed: number };

/**
 * Upserts the workspace's baselines by name (a dropped one is soft-deleted and gets its ID back if it
 * returns) and points each node's baselineId at its baseline (null when in none). Changes nothing
 * when the definition matches the store, so a repeated deploy is a no-op.
 */
export async function deployBaselines(tx: Tx, projectId: bigint, baselines: readonly BaselineDefinition[], now: number): Promise<BaselinesDeployed> {
  const existing = await tx.baseline.findMany({ where: { projectId } });
  const byName = new Map(existing.map((row) => [row.name, row]));
  const counts: BaselinesDeployed = { added: 0, changed: 0, removed: 0 };
  const idByName = new Map<string, bigint>();
  const created = baselines.filter((baseline) => !byName.has(baseline.name));
  let nextId = created.length > 0 ? await allocateBaselineIds(tx, created.length) : 0n;

  for (const baseline of baselines) {
    const fields = {
      owner: baseline.owners.join(","),
      priority: baseline.priority,
      baselineType: baseline.type,
      isDefault: baseline.isDefault,
      useFlag: baseline.enabled,
      slaDetail: JSON.stringify(baseline.slaDetail),
      alertMarginMinutes: baseline.alertMarginMinutes,
    };
    const location = { sourceFile: baseline.file, sourceLine: baseline.line };
    const row = byName.get(baseline.name);
    if (!row) {
      const id = nextId;
      nextId += 1n;
      await tx.baseline.create({ data: { id, projectId, name: baseline.name, ...fields, ...location, createdAt: BigInt(now), modifiedAt: BigInt(now) } });
      idByName.set(baseline.name, id);
      counts.added += 1;
      continue;
    }
    idByName.set(baseline.name, row.id);
    const isSame = !row.isDeleted && (Object.keys(fields) as (keyof typeof fields)[]).every((key) => row[key] === fields[key]);
    if (!isSame) {
      await tx.baseline.update({ where: { id: row.id }, data: { ...fields, ...location, isDeleted: false, modifiedAt: BigInt(now) } });
      if (row.isDeleted) counts.added += 1;
      else counts.changed += 1;
    } else if (row.sourceFile !== location.sourceFile || row.sourceLine !== location.sourceLine) {
      await tx.baseline.update({ where: { id: row.id }, data: location });
    }
  }
  const declared = new Set(baselines.map((baseline) => baseline.name));
  for (const row of existing) {
    if (row.isDeleted || declared.has(row.name)) continue;
    await tx.baseline.update({ where: { id: row.id }, data: { isDeleted: true, modifiedAt: BigInt(now) } });
    counts.removed += 1;
  }

  const wanted = new Map<string, bigint>();
  for (const baseline of baselines) for (const node of baseline.nodes) wanted.set(node, idByName.get(baseline.name) as bigint);
  const nodes = await tx.node.findMany({ where: { projectId }, select: { id: true, name: true, baselineId: true } });
  for (const node of nodes) {
    const baselineId = wanted.get(node.name) ?? null;
    if (node.baselineId !== baselineId) await tx.node.update({ where: { id: node.id }, data: { baselineId } });
  }
  return counts;
}
