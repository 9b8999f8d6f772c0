-- The "Include resolved" views (merged duplicates still hidden) read their ids from indexes that hold every column
-- the page's query reads: the sort key, the id that breaks its ties and duplicate_of. A deep OFFSET then walks one
-- index alone, where 008's partial indexes made SQLite visit the table row of each item it skipped.
--   created_at never changes, so it keeps partial indexes of its own (their WHERE is not tested row by row).
--   sla_due_at changes with every priority and status edit, and each index holding it is rewritten then: the view
--   over every region reads the full sla index, widened to cover it, and only the one-region index stays partial.
DROP INDEX feedback_unmerged_created;
DROP INDEX feedback_unmerged_region_created;
DROP INDEX feedback_unmerged_sla_due;
DROP INDEX feedback_unmerged_region_sla_due;
DROP INDEX feedback_sla_due;
CREATE INDEX feedback_sla_due ON feedback(sla_due_at, id, duplicate_of);
CREATE INDEX feedback_unmerged_created ON feedback(created_at, id, duplicate_of) WHERE duplicate_of IS NULL;
CREATE INDEX feedback_unmerged_region_created ON feedback(region, created_at, id, duplicate_of) WHERE duplicate_of IS NULL;
CREATE INDEX feedback_unmerged_region_sla_due ON feedback(region, sla_due_at, id, duplicate_of) WHERE duplicate_of IS NULL;
