import RPCClient from "@alicloud/pop-core";
import { EventBus } from "../../../model/events";
import type { Dialect } from "../../../store/database";
import { FIXTURE_NOW, seedOperationsFixture, type OperationsFixture } from "../../../store/queries/testing/operations-fixture";
import { createTestDatabase, type TestDatabase } from "../../../testing/databases";
import { createRpcGateway } from "../../gateway";
import { ALL_ACTIONS } from "../../registry";
import { createRpcServer, type RpcServer } from "../../server";
import { sendSignedRpc, type RpcAnswer } from "../../test-client";

export const CONTRACT_KEY = { id: "LTAIcontractTest0000000", secret: "contract-test-secret-0123456789" };

/** The fixture's clock is in 2024; pop-core signs with the real time, so the skew window is wide. */
const TWENTY_YEARS_SECONDS = 20 * 366 * 86_400;

export type PopError = Error & { code?: string; data?: Record<string, unknown> };

export type ContractEngine = {
  database: TestDatabase;
  fixture: OperationsFixture;
  url: string;
  /** Calls an Action through @alicloud/pop-core (POST, form body) and returns its parsed answer. */
  call<T = Record<string, unknown>>(action: string, params?: Record<string, string>): Promise<T>;
  /** Calls an Action that must fail; returns pop-core's error (code and body). */
  fail(action: string, params?: Record<string, string>): Promise<PopError>;
  /** The same call signed by hand, for the raw body text. */
  raw(action: string, params?: Record<string, string>): Promise<RpcAnswer>;
  close(): Promise<void>;
};

/**
 * A real engine endpoint (gateway + HTTP server on 127.0.0.1, an ephemeral port) with every Action
 * of the registry, over a freshly seeded database, its clock at FIXTURE_NOW. Rate limits are off
 * so that a test's burst of calls is never throttled.
 */
export async function startContractEngine(dialect: Dialect): Promise<ContractEngine> {
  const database = await createTestDatabase(dialect);
  const fixture = await seedOperationsFixture(database);
  const gateway = createRpcGateway({
    db: database,
    events: new EventBus(),
    accessKeys: [CONTRACT_KEY],
    actions: ALL_ACTIONS,
    region: "cn-local",
    clock: { now: () => FIXTURE_NOW },
    maxSkewSeconds: TWENTY_YEARS_SECONDS,
    rateLimitScale: 0,
    logError: (message, error) => console.error(message, error),
  });
  const server: RpcServer = createRpcServer({ host: "127.0.0.1", port: 0, gateway });
  await server.listen();
  const url = server.url();
  const client = new RPCClient({ endpoint: url, apiVersion: "2020-05-18", accessKeyId: CONTRACT_KEY.id, accessKeySecret: CONTRACT_KEY.secret });
  const call = <T>(action: string, params: Record<string, string> = {}) => client.request<T>(action, params, { method: "POST" });
  return {
    database,
    fixture,
    url,
    call,
    fail: async (action, params = {}) => {
      try {
        await call(action, params);
      } catch (error) {
        return error as PopError;
      }
      throw new Error(`expected ${action} to fail`);
    },
    raw: (action, params = {}) =>
      sendSignedRpc(url, { action, params, accessKeyId: CONTRACT_KEY.id, accessKeySecret: CONTRACT_KEY.secret, now: Date.now() }),
    close: async () => {
      await server.close();
      await database.drop();
    },
  };
}
