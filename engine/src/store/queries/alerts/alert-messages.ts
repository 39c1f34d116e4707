import type { Database } from "../../database";

export type AlertMessageFilter = {
  from: number;
  to: number;
  projectIds?: bigint[];
  sources?: string[];
  statuses?: string[];
  methods?: string[];
  user?: string;
  remindId?: number;
};

export type AlertMessageRecord = {
  id: number;
  projectId: bigint;
  source: string;
  title: string;
  content: string;
  alertTime: number;
  remindId: number | null;
  remindName: string;
  baselineId: bigint | null;
  topicId: bigint | null;
  instanceId: bigint | null;
  nodeId: bigint | null;
  details: string;
  users: string[];
  methods: string[];
  status: string;
  deliveries: { id: number; method: string; receiver: string; target: string; format: string; status: string; attempts: number; nextAttemptAt: number; sentAt: number | null; lastError: string }[];
};

/** Alert messages in a time window, newest first, with their deliveries. */
export async function listAlertMessages(db: Database, filter: AlertMessageFilter, page: { offset: number; limit: number }): Promise<{ total: number; rows: AlertMessageRecord[] }> {
  const where = {
    alertTime: { gte: BigInt(filter.from), lte: BigInt(filter.to) },
    ...(filter.projectIds ? { projectId: { in: filter.projectIds } } : {}),
    ...(filter.sources ? { source: { in: filter.sources } } : {}),
    ...(filter.statuses ? { status: { in: filter.statuses } } : {}),
    ...(filter.remindId !== undefined ? { remindId: filter.remindId } : {}),
    // Users are stored as a JSON array of strings: match the quoted, escaped value.
    ...(filter.user !== undefined ? { users: { contains: JSON.stringify(filter.user) } } : {}),
  };
  let methodAlertIds: number[] | undefined;
  if (filter.methods) {
    const [byDelivery, byRule] = await Promise.all([
      db.prisma.alertDelivery.findMany({ where: { method: { in: filter.methods }, createdAt: { gte: BigInt(filter.from), lte: BigInt(filter.to) } }, select: { alertId: true } }),
      db.prisma.alertMessage.findMany({ where: { ...where, OR: filter.methods.map((method) => ({ methods: { contains: JSON.stringify(method) } })) }, select: { id: true } }),
    ]);
    methodAlertIds = [...new Set([...byDelivery.map((row) => row.alertId), ...byRule.map((row) => row.id)])];
  }
  const fullWhere = methodAlertIds ? { ...where, id: { in: methodAlertIds } } : where;
  const [total, rows] = await Promise.all([
    db.prisma.alertMessage.count({ where: fullWhere }),
    db.prisma.alertMessage.findMany({ where: fullWhere, orderBy: [{ alertTime: "desc" }, { id: "desc" }], skip: page.offset, take: page.limit }),
  ]);
  const deliveries = rows.length ? await db.prisma.alertDelivery.findMany({ where: { alertId: { in: rows.map((row) => row.id) } }, orderBy: { id: "asc" } }) : [];
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      projectId: row.projectId,
      source: row.source,
      title: row.title,
      content: row.content,
      alertTime: Number(row.alertTime),
      remindId: row.remindId,
      remindName: row.remindName,
      baselineId: row.baselineId,
      topicId: row.topicId,
      instanceId: row.instanceId,
      nodeId: row.nodeId,
      details: row.details,
      users: parseList(row.users),
      methods: parseList(row.methods),
      status: row.status,
      deliveries: deliveries
        .filter((delivery) => delivery.alertId === row.id)
        .map((delivery) => ({
          id: delivery.id,
          method: delivery.method,
          receiver: delivery.receiver,
          target: delivery.target,
          format: delivery.format,
          status: delivery.status,
          attempts: delivery.attempts,
          nextAttemptAt: Number(delivery.nextAttemptAt),
          sentAt: delivery.sentAt === null ? null : Number(delivery.sentAt),
          lastError: delivery.lastError,
        })),
    })),
  };
}

function parseList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}
