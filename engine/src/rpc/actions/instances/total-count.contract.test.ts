import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bizdateEpoch } from "../../../schedule/calendar";
import { GROUP_OTHER_ID, NODE, OTHER_PROJECT_ID } from "../../../store/queries/testing/operations-fixture";
import { testDialects } from "../../../store/queries/testing/dialects";
import { startContractEngine, type ContractEngine } from "../testing/contract-engine";
import { TOTAL_COUNT_LOOKAHEAD, totalCountLimit } from "./list-instances";

const EXTRA_ROWS = 1_300;
const BIZDATE = "2024-05-25";
const DAG_ID = 300_500_001n;

type TotalAnswer = { Data: { PageNumber: number; TotalCount: number; IsTotalCountCapped: boolean; NextCursor: string | null; Instances: unknown[] } };

describe("totalCountLimit", () => {
  it("looks 1,000 rows past the page and never past the 10,000 rows PageNumber paging reaches", () => {
    expect(totalCountLimit(0, 100)).toBe(100 + TOTAL_COUNT_LOOKAHEAD);
    expect(totalCountLimit(400, 100)).toBe(1_500);
    expect(totalCountLimit(9_900, 100)).toBe(10_000);
  });
});

describe.each(await testDialects())("ListInstances TotalCount on a large listing on %s", (dialect) => {
  let engine: ContractEngine;
  const epoch = bizdateEpoch(BIZDATE, "UTC");

  beforeAll(async () => {
    engine = await startContractEngine(dialect);
    const { prisma } = engine.database;
    await prisma.dag.create({
      data: { id: DAG_ID, projectId: OTHER_PROJECT_ID, type: "DAILY", name: "busy_day", status: "RUNNING", bizdate: BigInt(epoch), createUser: "system", createTime: 0n, modifyTime: 0n },
    });
    await prisma.instance.createMany({
      data: Array.from({ length: EXTRA_ROWS }, (_, index) => ({
        id: 13_000_000_000n + BigInt(index),
        projectId: OTHER_PROJECT_ID,
        nodeId: NODE.other,
        dagId: DAG_ID,
        dagType: "DAILY",
        bizdate: BigInt(epoch),
        cycTime: BigInt(epoch + 86_400_000 + index * 60_000),
        dueTime: BigInt(epoch + 86_400_000 + index * 60_000),
        status: "WAIT_TIME",
        taskType: "NORMAL",
        priority: 1,
        resourceGroupId: GROUP_OTHER_ID,
        createTime: BigInt(epoch),
        modifyTime: BigInt(epoch),
      })),
    });
  });

  afterAll(async () => {
    await engine?.close();
  });

  const list = (params: Record<string, string>) =>
    engine.call<TotalAnswer>("ListInstances", { ProjectEnv: "PROD", ProjectId: String(OTHER_PROJECT_ID), Bizdate: `${BIZDATE} 00:00:00`, PageSize: "100", ...params });

  it("gives an 'at least' TotalCount on the first page, flagged as capped", async () => {
    const first = await list({});
    expect(first.Data).toMatchObject({ TotalCount: 1_100, IsTotalCountCapped: true });
  });

  it("lets the limit move with the page, and is exact once it covers every row", async () => {
    const fifth = await list({ PageNumber: "5" });
    expect(fifth.Data).toMatchObject({ PageNumber: 5, TotalCount: EXTRA_ROWS, IsTotalCountCapped: false });
    const last = await list({ PageNumber: "13" });
    expect(last.Data).toMatchObject({ TotalCount: EXTRA_ROWS, IsTotalCountCapped: false, NextCursor: null });
    expect(last.Data.Instances).toHaveLength(100);
    const beyond = await list({ PageNumber: "14" });
    expect(beyond.Data).toMatchObject({ TotalCount: EXTRA_ROWS, Instances: [] });
  });

  it("reaches every row when a client pages while PageNumber × PageSize < TotalCount", async () => {
    let pageNumber = 1;
    let seen = 0;
    for (;;) {
      const page = await list({ PageNumber: String(pageNumber) });
      seen += page.Data.Instances.length;
      if (pageNumber * 100 >= page.Data.TotalCount) break;
      pageNumber += 1;
    }
    expect(seen).toBe(EXTRA_ROWS);
  });

  it("echoes the first page's TotalCount on cursor pages without counting again", async () => {
    let page = await list({});
    let pages = 1;
    let seen = page.Data.Instances.length;
    while (page.Data.NextCursor !== null) {
      page = await list({ Cursor: page.Data.NextCursor });
      expect(page.Data).toMatchObject({ TotalCount: 1_100, IsTotalCountCapped: true });
      seen += page.Data.Instances.length;
      pages += 1;
    }
    expect(seen).toBe(EXTRA_ROWS);
    expect(pages).toBe(13);
  });
});
