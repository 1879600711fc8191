-- 府院联席会议 and their minutes (会议纪要): meetings, attendees, topics, agreed items (议定事项),
-- their responsible units, progress notes, and the items carried to a later meeting's first topic.
-- Links of an item to a case (案号) or a suggestion letter (文号) are stored as text without foreign keys:
-- those tables belong to other features and the links are resolved when read.

CREATE TABLE meeting (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT    NOT NULL CHECK (kind IN ('JOINT', 'CONSULTATION', 'FORUM', 'OTHER')),
    year      INTEGER NOT NULL,
    seq       INTEGER NOT NULL CHECK (seq > 0),
    number    TEXT    NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    title     TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    held_at   TEXT    NOT NULL,          -- yyyy-MM-ddTHH:mm
    place     TEXT,
    host      TEXT,
    state     TEXT    NOT NULL DEFAULT 'PLANNED' CHECK (state IN ('PLANNED', 'HELD', 'ISSUED')),
    issued_on TEXT,                      -- yyyy-MM-dd: the date the minutes were issued
    UNIQUE (year, seq)
);
CREATE INDEX meeting_held_at ON meeting (held_at);

-- 出席 / 请假 / 列席: a person and a unit (an agency of the directory, the court, or free text)
CREATE TABLE meeting_attendee (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('PRESENT', 'ABSENT', 'OBSERVER')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    person     TEXT,
    unit_kind  TEXT    NOT NULL CHECK (unit_kind IN ('AGENCY', 'COURT', 'TEXT')),
    agency_id  INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    unit_text  TEXT,
    CHECK ((unit_kind = 'AGENCY') = (agency_id IS NOT NULL))
);
CREATE INDEX meeting_attendee_meeting ON meeting_attendee (meeting_id);
CREATE INDEX meeting_attendee_agency ON meeting_attendee (agency_id);

-- 议题 in order; follow_up = 1 marks the first topic 前次议定事项落实情况
CREATE TABLE meeting_topic (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    title      TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    minutes    TEXT,
    follow_up  INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1))
);
CREATE INDEX meeting_topic_meeting ON meeting_topic (meeting_id);

-- 议定事项
CREATE TABLE agreed_item (
    id                       INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id               INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    sort_order               INTEGER NOT NULL DEFAULT 0,
    text                     TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    deadline                 TEXT,  -- yyyy-MM-dd
    status                   TEXT    NOT NULL DEFAULT 'NOT_STARTED'
                                     CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    completed_on             TEXT,  -- yyyy-MM-dd
    evidence_path            TEXT,  -- the attachment that shows it done
    linked_case_number       TEXT,  -- normalised 案号, resolved at read time
    linked_suggestion_number TEXT   -- e.g. 巴法建〔2025〕3号, resolved at read time
);
CREATE INDEX agreed_item_meeting ON agreed_item (meeting_id);
CREATE INDEX agreed_item_deadline ON agreed_item (status, deadline);

-- 承办单位: an agency, or the court (agency_id NULL)
CREATE TABLE agreed_item_unit (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id    INTEGER NOT NULL REFERENCES agreed_item (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    agency_id  INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    UNIQUE (item_id, agency_id)
);
CREATE INDEX agreed_item_unit_agency ON agreed_item_unit (agency_id);

-- progress notes with dates; meeting_id = the meeting where it was reported (follow-up topic), if any
CREATE TABLE item_progress (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id      INTEGER NOT NULL REFERENCES agreed_item (id) ON DELETE CASCADE,
    meeting_id   INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
    noted_on     TEXT    NOT NULL,
    note         TEXT    NOT NULL CHECK (length(trim(note)) > 0),
    status_after TEXT    NOT NULL CHECK (status_after IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'))
);
CREATE INDEX item_progress_item ON item_progress (item_id);

-- the open items of earlier meetings listed under a meeting's first topic 前次议定事项落实情况
CREATE TABLE meeting_carry (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL REFERENCES agreed_item (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, item_id)
);
CREATE INDEX meeting_carry_item ON meeting_carry (item_id);
