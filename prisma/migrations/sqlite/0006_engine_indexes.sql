-- Hand-written (not generated from the schema files): indexes the engine's hot paths and histories
-- need beyond those the schema declares.
-- The claim takes the first waiting instances of a resource group in (priority DESC, dueTime, id)
-- order; this index serves that order directly and lets the scheduler probe each group for waiting
-- work without reading every waiting row.
CREATE INDEX IF NOT EXISTS "instance_claim_order_idx" ON "instance"("status", "resourceGroupId", "priority" DESC, "dueTime", "id");
-- A workspace's operations history, newest first (ListInstanceOperations without a target).
CREATE INDEX IF NOT EXISTS "operation_projectId_id_idx" ON "operation"("projectId", "id");
