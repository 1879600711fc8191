-- Test-only migration that succeeds: a newer schema than the application knows.
ALTER TABLE agency ADD COLUMN note TEXT;
