package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.caseload.AbsenceFollowUp.UnjustifiedAbsence;

/**
 * The words of a suggestion letter drafted from an unjustified absence (domain.md §2). The draft says only what
 * the record holds: the court that heard the case (本院 when it is the office's own), the notice served with its
 * date — or that it was not served, or nothing at all when none was required —, the head who was absent and the
 * reason recorded, the 应诉人员 who came. A fact the record does not hold is left as a visible blank
 * ({@link #BLANK}) for the clerk to fill, never asserted.
 */
public final class AbsenceLetterText {
    /** The blank left where the record holds no fact. */
    public static final String BLANK = "＿＿＿＿";

    private AbsenceLetterText() {
    }

    /** The letter's words: its title, the background paragraph and the one problem ↔ suggestion pair. */
    public record Text(String title, String background, String problem, String suggestion) {
    }

    public static Text of(UnjustifiedAbsence f) {
        String agency = f.agencyName();
        String court = f.courtName() == null ? "本院" : f.courtName();
        boolean served = f.noticeServed() != null;
        StringBuilder b = new StringBuilder();
        b.append(court).append("于").append(date(f)).append("开庭审理").append(f.caseNumber()).append("一案，")
                .append(agency).append("为该案被告。");
        if (served) {
            b.append(f.courtName() == null ? "本院" : "该院").append("于").append(SuggestionText.date(f.noticeServed()))
                    .append("向该机关送达出庭应诉通知书。");
        } else if (f.noticeRequired()) {
            b.append("该案出庭应诉通知书未送达该机关。");
        }
        b.append("该机关负责人").append(head(f)).append("未出庭应诉，未出庭理由为")
                .append(f.reason() == null ? BLANK : "“" + f.reason().zh() + "”")
                .append(f.explanationReceived() ? "，已提交情况说明" : "，未提交情况说明")
                .append("；到庭应诉人员：").append(f.staff() == null ? BLANK : f.staff()).append("。");
        String problem = agency + "负责人" + (served ? "经" + court + "依法通知，" : "")
                + "无正当理由未出庭应诉，不符合《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》的要求。";
        String suggestion = "督促" + agency + "严格落实行政机关负责人出庭应诉制度，对被诉行政行为依法应诉答辩，并将整改情况书面反馈本院。";
        return new Text("关于" + agency + "负责人无正当理由不出庭应诉的司法建议书", b.toString(), problem, suggestion);
    }

    private static String date(UnjustifiedAbsence f) {
        return f.hearingDate() == null ? BLANK : SuggestionText.date(f.hearingDate());
    }

    /** 局长张三, 局长, 张三 — or a blank when neither is recorded. */
    private static String head(UnjustifiedAbsence f) {
        String who = (f.headTitle() == null ? "" : f.headTitle()) + (f.headName() == null ? "" : f.headName());
        return who.isEmpty() ? BLANK : who;
    }
}
