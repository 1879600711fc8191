-- Test-only migration that fails halfway. It runs outside a transaction (see the .conf beside it), so
-- its first statements stay applied when the last one fails: only the copy taken before can undo them.
DELETE FROM agency;
CREATE TABLE broken_v2 (x INTEGER);
INSERT INTO no_such_table VALUES (1);
