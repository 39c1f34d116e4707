import "server-only";
import { getDataServiceConnectionOrThrow } from "./data-service-connection";
import { DataWorksClient } from "./dataworks-client";

export { DataWorksClient, type DataWorksCallOptions, type DataWorksConnection, type DataWorksParams } from "./dataworks-client";
export { UpstreamApiError } from "./upstream-errors";

/** A loaded client is re-read after this long, so an edit made by another process shows up eventually. */
const CLIENT_TTL_MS = 5 * 60_000;

type CachedClient = { client: Promise<DataWorksClient>; loadedAt: number };
const globalCache = globalThis as typeof globalThis & { __nightshiftDataWorksClients?: Map<number, CachedClient> };
const clients = (globalCache.__nightshiftDataWorksClients ??= new Map());

/** The DataWorks client of a data service (console DB row), cached per service id. Throws NOT_FOUND for an unknown id. */
export function getDataWorksClient(serviceId: number): Promise<DataWorksClient> {
  const cached = clients.get(serviceId);
  if (cached && Date.now() - cached.loadedAt < CLIENT_TTL_MS) return cached.client;
  const client = getDataServiceConnectionOrThrow(serviceId).then((connection) => new DataWorksClient(connection));
  // A failed load is not kept: the next call tries again.
  client.catch(() => {
    if (clients.get(serviceId)?.client === client) clients.delete(serviceId);
  });
  clients.set(serviceId, { client, loadedAt: Date.now() });
  return client;
}

/** Forgets the cached client(s); data-service updates and deletes call this. */
export function invalidateDataWorksClient(serviceId?: number): void {
  if (serviceId === undefined) clients.clear();
  else clients.delete(serviceId);
}
