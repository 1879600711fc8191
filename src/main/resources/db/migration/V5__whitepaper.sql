-- The annual white paper (issue 11, domain.md §9).

-- What the office records about a case for the white paper: the ground of a loss (败诉原因, a reason recorded on a
-- lost case) and whether it is a typical case (典型案例) with its three texts, in the office's chosen order.
-- One row per case at most; a case without a row has neither. Enumerations are the Java enum names of
-- cn.fuyuan.desk.caseload.LossGround.
CREATE TABLE case_review (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id       INTEGER NOT NULL UNIQUE REFERENCES admin_case (id) ON DELETE RESTRICT,
    loss_ground   TEXT CHECK (loss_ground IN ('FACTS', 'LAW', 'PROCEDURE', 'INACTION', 'AUTHORITY', 'UNREASONABLE')),
    typical       INTEGER NOT NULL DEFAULT 0 CHECK (typical IN (0, 1)),
    typical_order INTEGER NOT NULL DEFAULT 0,
    basic_facts   TEXT,     -- 基本案情
    judgment      TEXT,     -- 裁判结果
    significance  TEXT      -- 典型意义
);

-- The white paper of a year: one per year. DRAFT while the office edits; FINAL (定稿) freezes it — its chapters'
-- figures are then the snapshot taken at 定稿 and nothing is edited until it is explicitly reopened (重新打开).
CREATE TABLE white_paper (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    year           INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1900 AND 9999),
    title          TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    state          TEXT    NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'FINAL')),
    figures_on     TEXT    NOT NULL,    -- the day the figures were (re)generated (yyyy-MM-dd): replies counted up to it
    finalized_on   TEXT,
    reopen_reason  TEXT
);

-- One chapter of domain.md §9. The narrative is the office's text (paragraphs; a line starting with "## " is a
-- sub-heading) in which quoted figures are marked ⟦key=value⟧; figures_json holds the chapter's tables and figures
-- as last generated.
CREATE TABLE white_paper_chapter (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    paper_id      INTEGER NOT NULL REFERENCES white_paper (id) ON DELETE RESTRICT,
    chapter       TEXT    NOT NULL CHECK (chapter IN ('OVERVIEW', 'FEATURES', 'LOSS', 'APPEARANCE', 'SUGGESTION', 'LINKAGE',
                                                      'PROBLEMS', 'RECOMMENDATIONS', 'TYPICAL')),
    position      INTEGER NOT NULL CHECK (position > 0),
    heading       TEXT    NOT NULL,
    narrative     TEXT    NOT NULL DEFAULT '',
    figures_json  TEXT    NOT NULL DEFAULT '{}',
    UNIQUE (paper_id, chapter)
);
