-- Hand-written (not generated from the schema files): the claim takes the first waiting instances of
-- a resource group in (priority DESC, dueTime, id) order; this index serves that order directly and
-- lets the scheduler probe each group for waiting work without reading every waiting row.
CREATE INDEX IF NOT EXISTS "instance_claim_order_idx" ON "instance"("status", "resourceGroupId", "priority" DESC, "dueTime", "id");
