-- "Include resolved" keeps merged duplicates hidden since the two became separate filters, so its views read
-- `duplicate_of IS NULL` over every status: these partial indexes serve them as feedback_open_* serve the
-- open queue, so a deep page and a count stay index-only instead of scanning every item.
CREATE INDEX feedback_unmerged_created ON feedback(created_at) WHERE duplicate_of IS NULL;
CREATE INDEX feedback_unmerged_sla_due ON feedback(sla_due_at) WHERE duplicate_of IS NULL;
CREATE INDEX feedback_unmerged_region_created ON feedback(region, created_at) WHERE duplicate_of IS NULL;
CREATE INDEX feedback_unmerged_region_sla_due ON feedback(region, sla_due_at) WHERE duplicate_of IS NULL;
