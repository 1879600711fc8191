-- Issue 10 §5: a letter's 成文日期 is the day it was issued, kept for every reprint (not the day it is printed again).
-- NULL: not issued yet. Stamped once, when the letter is first produced (NoticeIssueWriter).
ALTER TABLE hearing_appearance ADD COLUMN notice_issued_date TEXT;   -- 出庭应诉通知书
ALTER TABLE hearing_appearance ADD COLUMN reminder_issued_date TEXT; -- 提示函
