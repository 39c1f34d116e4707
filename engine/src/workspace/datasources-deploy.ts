import { destinationKey, parseContent } from "../connectivity/content";
import { effectiveType } from "../connectivity/data-sources";
import type { Tx } from "../store/transaction";
import type { ConnectivityDefinition } from "./datasources-file";

/** Data source IDs start here (the same sequence CreateDataSource uses). */
const FIRST_DATA_SOURCE_ID = 140_000n;

async function allocateDataSourceId(tx: Tx): Promise<bigint> {
  await tx.$executeRaw`INSERT INTO "id_sequence" ("name", "next") VALUES ('dataSource', ${FIRST_DATA_SOURCE_ID}) ON CONFLICT ("name") DO NOTHING`;
  const rows = await tx.$queryRaw<{ next: bigint | number }[]>`UPDATE "id_sequence" SET "next" = "next" + 1 WHERE "name" = 'dataSource' RETURNING "next"`;
  return BigInt(rows[0]?.next ?? 0) - 1n;
}

/**
 * Upserts the workspace file's data sources (by environment and name) and resource group egress
 * policies. A data source the file no longer lists is removed if the file made it; those made
 * through the API are left alone. A secret set through the API survives a redeploy unless the
 * file points the data source at another host or port.
 */
export async function deployConnectivity(
  tx: Tx,
  projectId: bigint,
  definition: ConnectivityDefinition | undefined,
  groupIdByIdentifier: ReadonlyMap<string, bigint>,
  now: number,
): Promise<{ dataSources: number }> {
  if (!definition) return { dataSources: 0 };
  const at = BigInt(now);
  const existing = await tx.dataSource.findMany({ where: { projectId } });
  const listed = new Set<string>();
  for (const entry of definition.dataSources) {
    listed.add(`${entry.envType}/${entry.name}`);
    const content = JSON.stringify(entry.content);
    const secretEnv = JSON.stringify(entry.passwordEnv ? { password: entry.passwordEnv } : {});
    const fields = {
      description: entry.description,
      dataSourceType: entry.type.toLowerCase(),
      subType: (entry.subType ?? "").toLowerCase(),
      content,
      secretEnv,
      sourceFile: entry.file,
    };
    const current = existing.find((row) => row.envType === entry.envType && row.name === entry.name);
    if (!current) {
      const id = await allocateDataSourceId(tx);
      await tx.dataSource.create({ data: { id, projectId, name: entry.name, envType: entry.envType, ...fields, operator: "workspace", createdAt: at, modifiedAt: at } });
      continue;
    }
    const isChanged = (Object.keys(fields) as (keyof typeof fields)[]).some((key) => current[key] !== fields[key]);
    if (!isChanged) continue;
    const type = effectiveType(fields.dataSourceType, fields.subType);
    const wasSameDestination = (() => {
      try {
        return destinationKey(parseContent(type, JSON.parse(current.content))?.connection) === destinationKey(parseContent(type, entry.content).connection);
      } catch {
        return false;
      }
    })();
    await tx.dataSource.update({
      where: { id: current.id },
      data: { ...fields, ...(wasSameDestination ? {} : { secretsCipher: "" }), operator: "workspace", modifiedAt: at },
    });
  }
  const removed = existing.filter((row) => row.sourceFile !== "" && !listed.has(`${row.envType}/${row.name}`)).map((row) => row.id);
  if (removed.length > 0) {
    await tx.dataSourceBinding.deleteMany({ where: { dataSourceId: { in: removed } } });
    await tx.dataSource.deleteMany({ where: { id: { in: removed } } });
  }
  for (const [identifier, policy] of Object.entries(definition.egress)) {
    const resourceGroupId = groupIdByIdentifier.get(identifier);
    if (resourceGroupId === undefined) continue;
    const data = { allowCidrs: JSON.stringify(policy.allow), denyCidrs: JSON.stringify(policy.deny), allowLoopback: policy.allowLoopback, modifiedAt: at };
    await tx.resourceGroupEgress.upsert({ where: { resourceGroupId }, create: { resourceGroupId, ...data }, update: data });
  }
  return { dataSources: definition.dataSources.length };
}
