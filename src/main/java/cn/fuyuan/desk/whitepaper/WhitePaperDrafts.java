package cn.fuyuan.desk.whitepaper;

import java.util.List;
import java.util.Map;

/**
 * The first words of each chapter, written from its figures: every figure quoted is marked (⟦key=value⟧) so that it is
 * never typed and a regeneration finds it. The problems and recommendations chapters are drafted from the year's
 * suggestion letters (their problems and suggestions grouped by field) and the grounds of the lost cases; the office
 * picks, merges and rewrites.
 */
public final class WhitePaperDrafts {
    private WhitePaperDrafts() {
    }

    /** The drafted words of a chapter. */
    public static String draft(Chapter c, int year, ChapterFigures f, List<WhitePaperFigures.LetterPoints> points) {
        Words w = new Words(f);
        switch (c) {
            case OVERVIEW -> {
                w.p(year + "年，全市法院共新收行政案件" + w.m("received") + "件，同比增减" + w.m("receivedChange") + "件；旧存"
                        + w.m("carriedOver") + "件；审结" + w.m("closed") + "件，同比增减" + w.m("closedChange") + "件；结案率"
                        + w.m("closingRate") + "，同比变化" + w.m("closingRateChange") + "个百分点；年末未结" + w.m("pending") + "件。");
                w.p("近五年收结案情况见下表。行政案件数量总体保持高位，化解行政争议、监督依法行政的任务依然繁重。");
            }
            case FEATURES -> {
                w.p("从案件涉及的领域看，" + w.m("fieldTop") + "领域案件最多，新收" + w.m("fieldTopReceived") + "件，占新收案件的"
                        + w.m("fieldTopShare") + (f.value("fieldSecond") == null ? "。"
                        : "；其次是" + w.m("fieldSecond") + "领域，新收" + w.m("fieldSecondReceived") + "件。"));
                w.p("从被诉行政行为的类别看，" + w.m("actTop") + "案件最多，新收" + w.m("actTopReceived") + "件，占"
                        + w.m("actTopShare") + "。");
                w.p("从地区分布看，" + w.m("regionTop") + "案件最多，新收" + w.m("regionTopReceived") + "件，占" + w.m("regionTopShare") + "。");
            }
            case LOSS -> {
                w.p("全年审结一审行政案件" + w.m("closed") + "机关次，行政机关败诉" + w.m("lost") + "机关次，败诉率" + w.m("lossRate")
                        + "，同比变化" + w.m("lossRateChange") + "个百分点；撤诉、调解" + w.m("withdrawnOrMediated") + "机关次，调撤率"
                        + w.m("settlementRate") + "。");
                if (f.value("fieldTop") != null) {
                    w.p("分领域看，" + w.m("fieldTop") + "领域败诉率最高，为" + w.m("fieldTopRate") + "。败诉案件最多的行政机关是"
                            + w.m("mostLosses") + "，败诉" + w.m("mostLossesCount") + "件。");
                }
            }
            case APPEARANCE -> {
                w.p("全年应出庭应诉" + w.m("units") + "机关次，行政机关负责人出庭" + w.m("appeared") + "机关次，出庭率"
                        + w.m("appearanceRate") + "，同比变化" + w.m("appearanceRateChange") + "个百分点；出声率" + w.m("spokeRate")
                        + "，正职出庭率" + w.m("principalRate") + "。");
                w.p("各季度、各地区、各领域的出庭应诉情况见下表。全年仍有" + w.m("withoutAppearance") + "个行政机关无负责人出庭。");
            }
            case SUGGESTION -> {
                w.p("全年共发出司法建议" + w.m("issued") + "件，截至" + w.m("asOf") + "已回复" + w.m("replied") + "件，其中按期回复"
                        + w.m("onTime") + "件，回复率" + w.m("replyRate") + "；被建议单位采纳" + w.m("adopted") + "件、部分采纳"
                        + w.m("partlyAdopted") + "件、未采纳" + w.m("notAdopted") + "件；逾期未回复" + w.m("overdue") + "件。");
                w.p("评选优秀司法建议" + w.m("excellent") + "件。");
            }
            case LINKAGE -> {
                w.p("全年召开府院联席会议" + w.m("meetings") + "次，形成议定事项" + w.m("agreed") + "项，已办结" + w.m("done")
                        + "项，推进中" + w.m("open") + "项，逾期未办结" + w.m("overdue") + "项。");
            }
            case PROBLEMS -> {
                w.p("全年发出的" + w.m("letters") + "件司法建议书共指出问题" + w.m("problems") + "个，涉及" + w.m("fields") + "个领域。");
                int i = 0;
                for (WhitePaperFigures.LetterPoints p : points) {
                    if (p.problems().isEmpty()) {
                        continue;
                    }
                    i++;
                    w.h(Chapter.subNumber(i) + p.field() + "领域");
                    for (String problem : p.problems()) {
                        w.p(problem);
                    }
                }
                StringBuilder grounds = new StringBuilder("从败诉原因看，全年行政机关败诉案件" + w.m("lostCases") + "件");
                boolean any = false;
                for (Map.Entry<String, ChapterFigures.Figure> e : f.figures().entrySet()) {
                    if (e.getKey().startsWith("ground.") && !"0".equals(e.getValue().value())) {
                        grounds.append(any ? "；" : "，其中").append(e.getValue().label().replace("（件）", "")).append(w.m(e.getKey())).append("件");
                        any = true;
                    }
                }
                grounds.append(any ? "。" : "。").append("0".equals(f.value("groundMissing")) ? "" : "另有" + w.m("groundMissing") + "件未记录败诉原因。");
                w.h(Chapter.subNumber(i + 1) + "行政机关败诉原因");
                w.p(grounds.toString());
            }
            case RECOMMENDATIONS -> {
                w.p("针对上述问题，结合全年司法建议书提出的" + w.m("advice") + "条建议，提出如下对策建议。");
                int i = 0;
                for (WhitePaperFigures.LetterPoints p : points) {
                    if (p.advice().isEmpty()) {
                        continue;
                    }
                    i++;
                    w.h(Chapter.subNumber(i) + "关于" + p.field() + "领域");
                    for (String a : p.advice()) {
                        w.p(a);
                    }
                }
            }
            case TYPICAL -> w.p("现选取" + w.m("count") + "件典型案例予以发布。");
        }
        return w.text();
    }

    private static final class Words {
        private final ChapterFigures f;
        private final StringBuilder sb = new StringBuilder();

        Words(ChapterFigures f) {
            this.f = f;
        }

        /** The figure named {@code figure}, marked so that a regeneration can tell when it changed. */
        String m(String figure) {
            return f.value(figure) == null ? "—" : Narrative.mark(figure, f);
        }

        void p(String text) {
            sb.append(text).append('\n');
        }

        void h(String text) {
            sb.append(Narrative.SUBHEADING).append(text).append('\n');
        }

        String text() {
            return sb.toString().strip();
        }
    }
}
