-- FuYuan Desk foundation schema: office settings, reference lists, agency directory, history.
-- Dates are ISO-8601 text (yyyy-MM-dd); instants are ISO-8601 text in local time with milliseconds.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- 旗县区: the regions agencies belong to
CREATE TABLE region (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- 领域: the field of administration (公安, 住建, ...)
CREATE TABLE work_field (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- 机关名录
CREATE TABLE agency (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    short_name TEXT,
    region_id  INTEGER REFERENCES region (id) ON DELETE RESTRICT,
    field_id   INTEGER REFERENCES work_field (id) ON DELETE RESTRICT,
    admin_level TEXT   NOT NULL CHECK (admin_level IN ('CITY', 'COUNTY', 'TOWNSHIP')),
    head_name  TEXT,
    head_title TEXT,
    phone      TEXT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX agency_region ON agency (region_id);
CREATE INDEX agency_field ON agency (field_id);

-- 全程留痕: every insert, update and delete made through the application
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT    NOT NULL,
    os_user     TEXT    NOT NULL,
    table_name  TEXT    NOT NULL,
    record_id   TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
CREATE INDEX audit_log_at ON audit_log (at);
