-- 司法建议书 (judicial suggestion letters, domain.md §1, §8). Dates are ISO text (yyyy-MM-dd).
-- Letters link to cases by the normalised 案号 text (no foreign key: the case register may not hold
-- the case yet; the link is a join on case_number made when read).

CREATE TABLE suggestion (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    title            TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    kind             TEXT    NOT NULL CHECK (kind IN ('INDIVIDUAL', 'CATEGORY', 'GOVERNANCE')),
    recipient_id     INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    background       TEXT,
    reply_months     INTEGER NOT NULL DEFAULT 2 CHECK (reply_months BETWEEN 1 AND 12),
    contact_person   TEXT,
    contact_phone    TEXT,
    drafter          TEXT,
    notes            TEXT,
    status           TEXT    NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'PENDING', 'SIGNED', 'DELIVERED', 'REPLIED', 'CLOSED', 'WITHDRAWN')),
    approved_by      TEXT CHECK (approved_by IS NULL OR approved_by IN ('COMMITTEE', 'PRESIDENT', 'VICE_PRESIDENT')),
    approved_on      TEXT,
    issued_on        TEXT,
    due_on           TEXT,
    delivery_method  TEXT,
    receipt_returned INTEGER NOT NULL DEFAULT 0 CHECK (receipt_returned IN (0, 1)),
    reply_on         TEXT,
    reply_text       TEXT,
    adoption         TEXT CHECK (adoption IS NULL OR adoption IN ('ADOPTED', 'PARTLY', 'NOT_ADOPTED')),
    visit_notes      TEXT,
    archived_on      TEXT,
    withdrawn_on     TEXT,
    withdraw_reason  TEXT,
    excellent        INTEGER NOT NULL DEFAULT 0 CHECK (excellent IN (0, 1)),
    excellent_contest TEXT,
    excellent_year   INTEGER,
    created_on       TEXT    NOT NULL
);
CREATE INDEX suggestion_recipient ON suggestion (recipient_id);
CREATE INDEX suggestion_issued ON suggestion (issued_on);

-- The court's series: one row per number ever taken. A number belongs to one letter, or is voided
-- with a reason (never reused). UNIQUE(year, seq) makes a duplicate impossible whatever the caller.
CREATE TABLE suggestion_number (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    year          INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    seq           INTEGER NOT NULL CHECK (seq > 0),
    number_text   TEXT    NOT NULL,
    suggestion_id INTEGER UNIQUE REFERENCES suggestion (id) ON DELETE RESTRICT,
    void_reason   TEXT,
    taken_on      TEXT    NOT NULL,
    UNIQUE (year, seq),
    CHECK (suggestion_id IS NOT NULL OR length(trim(void_reason)) > 0)
);

-- 案号 of the source case(s), normalised (CaseNumber.normalise)
CREATE TABLE suggestion_case (
    suggestion_id INTEGER NOT NULL REFERENCES suggestion (id) ON DELETE CASCADE,
    case_number   TEXT    NOT NULL,
    PRIMARY KEY (suggestion_id, case_number)
);
CREATE INDEX suggestion_case_number ON suggestion_case (case_number);

-- problem ↔ suggestion pairs, in order (position 1, 2, …)
CREATE TABLE suggestion_item (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    suggestion_id INTEGER NOT NULL REFERENCES suggestion (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position > 0),
    problem       TEXT    NOT NULL,
    advice        TEXT    NOT NULL,
    UNIQUE (suggestion_id, position)
);

-- 抄送: an agency of the directory or free text (the name is kept as written)
CREATE TABLE suggestion_cc (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    suggestion_id INTEGER NOT NULL REFERENCES suggestion (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    agency_id     INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0)
);

-- files stored with the letter (reply scans, evidence), size-limited by the application
CREATE TABLE suggestion_attachment (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    suggestion_id INTEGER NOT NULL REFERENCES suggestion (id) ON DELETE CASCADE,
    file_name     TEXT    NOT NULL,
    size_bytes    INTEGER NOT NULL,
    content       BLOB    NOT NULL,
    added_on      TEXT    NOT NULL
);
