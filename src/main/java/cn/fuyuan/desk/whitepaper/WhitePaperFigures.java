package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.appearance.AppearanceStats;
import cn.fuyuan.desk.appearance.Grouping;
import cn.fuyuan.desk.appearance.LossStats;
import cn.fuyuan.desk.appearance.Period;
import cn.fuyuan.desk.caseload.Rates;
import cn.fuyuan.desk.appearance.StatsData;
import cn.fuyuan.desk.caseload.CaseReview;
import cn.fuyuan.desk.caseload.CaseloadStats;
import cn.fuyuan.desk.caseload.LossGround;
import cn.fuyuan.desk.meeting.AgreedItem;
import cn.fuyuan.desk.meeting.HeldMeeting;
import cn.fuyuan.desk.meeting.ItemStatus;
import cn.fuyuan.desk.meeting.MeetingState;
import cn.fuyuan.desk.suggestion.LetterItem;
import cn.fuyuan.desk.suggestion.Suggestion;
import cn.fuyuan.desk.suggestion.SuggestionStats;
import cn.fuyuan.desk.suggestion.SuggestionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of every chapter (domain.md §9), each taken from the function that defines it — {@link CaseloadStats},
 * {@link LossStats}, {@link AppearanceStats}, {@link SuggestionStats}, the meetings' items ({@code ItemRules}) — never
 * a second copy of a formula. Shares of a total (占比) use the same {@link Rates#percent}. Pure: the facts come in
 * an {@link Inputs} read once.
 */
public final class WhitePaperFigures {

    /**
     * Everything the chapters need, read from the store once ({@code WhitePaperData.inputs}); {@code letters} are at
     * least those issued or named excellent in the year, {@code meetings} at least those held in it.
     */
    public record Inputs(int year, LocalDate asOf, StatsData.Settings settings, List<CaseloadStats.Fact> cases,
                         List<LossStats.Fact> lossYear, List<LossStats.Fact> lossPrevious, List<AppearanceStats.Fact> appearances,
                         Map<String, AgencyLevel> agencyLevels, List<Suggestion> letters, List<HeldMeeting> meetings,
                         List<CaseReview.Typical> typical, List<CaseReview.Lost> lost) {
    }

    /** The problems and suggestions the year's letters wrote, by the recipient's field (for the drafts of chapters 7 and 8). */
    public record LetterPoints(String field, int letters, List<String> problems, List<String> advice) {
    }

    private WhitePaperFigures() {
    }

    static String n(int v) {
        return Integer.toString(v);
    }

    static String diff(Integer d) {
        return d == null ? "—" : (d > 0 ? "+" : "") + d;
    }

    static String rate(BigDecimal r) {
        return Rates.show(r);
    }

    static String points(BigDecimal change) {
        return Rates.showChange(change);
    }

    public static Map<Chapter, ChapterFigures> compute(Inputs in) {
        Map<Chapter, ChapterFigures> out = new EnumMap<>(Chapter.class);
        out.put(Chapter.OVERVIEW, overview(in));
        out.put(Chapter.FEATURES, features(in));
        out.put(Chapter.LOSS, loss(in));
        out.put(Chapter.APPEARANCE, appearance(in));
        out.put(Chapter.SUGGESTION, suggestion(in));
        out.put(Chapter.LINKAGE, linkage(in));
        out.put(Chapter.PROBLEMS, problems(in));
        out.put(Chapter.RECOMMENDATIONS, recommendations(in));
        out.put(Chapter.TYPICAL, typical(in));
        return out;
    }

    /** The years of the overview's trend, the year itself the last (the cases read are those that count in them). */
    static final int TREND_YEARS = 5;

    static final List<String> CASELOAD_HEADER = List.of("新收", "旧存", "审结", "未结", "结案率");

    static List<String> caseloadCells(String first, CaseloadStats.Figures f) {
        return List.of(first, n(f.received()), n(f.carriedOver()), n(f.closed()), n(f.pending()), rate(f.closingRate()));
    }

    static ChapterFigures.Table caseloadTable(String id, String title, String firstColumn, List<CaseloadStats.Figures> rows) {
        List<String> header = new ArrayList<>(List.of(firstColumn));
        header.addAll(CASELOAD_HEADER);
        return new ChapterFigures.Table(id, title, header, rows.stream().map(f -> caseloadCells(f.group(), f)).toList());
    }

    static ChapterFigures overview(Inputs in) {
        CaseloadStats.Compared c = CaseloadStats.compare(in.cases(), in.year(), CaseloadStats.By.OVERALL).get(0);
        CaseloadStats.Figures f = c.now();
        ChapterFigures.Builder b = new ChapterFigures.Builder()
                .figure("received", "新收", n(f.received()))
                .figure("carriedOver", "旧存", n(f.carriedOver()))
                .figure("closed", "审结", n(f.closed()))
                .figure("pending", "未结", n(f.pending()))
                .figure("closingRate", "结案率", rate(f.closingRate()))
                .figure("receivedChange", "新收同比增减（件）", diff(c.receivedChange()))
                .figure("closedChange", "审结同比增减（件）", diff(c.closedChange()))
                .figure("pendingChange", "未结同比增减（件）", diff(c.pendingChange()))
                .figure("closingRateChange", "结案率同比（百分点）", points(c.closingRateChange()))
                .figure("previousReceived", "上年新收", c.previous() == null ? "—" : n(c.previous().received()))
                .figure("leftOut", "无立案日期未计入（件）", n(f.leftOut()));
        List<CaseloadStats.Figures> trend = CaseloadStats.trend(in.cases(), in.year(), TREND_YEARS);
        b.table(caseloadTable("trend", "近五年收结案情况", "年度", trend));
        b.chart(new ChapterFigures.Chart("近五年新收、审结案件数", "件", trend.stream().map(x -> x.group() + "年").toList(),
                List.of("新收", "审结"), List.of(trend.stream().map(x -> (double) x.received()).toList(),
                trend.stream().map(x -> (double) x.closed()).toList())));
        b.table(caseloadTable("court", "各法院收结案情况", "法院", CaseloadStats.compute(in.cases(), in.year(), CaseloadStats.By.COURT)));
        b.table(caseloadTable("instance", "一审、二审及其他案件收结案情况", "审级",
                CaseloadStats.compute(in.cases(), in.year(), CaseloadStats.By.INSTANCE)));
        return b.build();
    }

    static ChapterFigures.Table shareTable(String id, String title, String firstColumn, List<CaseloadStats.Figures> rows, int total) {
        return new ChapterFigures.Table(id, title, List.of(firstColumn, "新收", "占新收比例", "审结", "结案率"),
                rows.stream().filter(f -> f.received() + f.carriedOver() > 0)
                        .sorted(Comparator.comparingInt((CaseloadStats.Figures f) -> -f.received()).thenComparing(CaseloadStats.Figures::group))
                        .map(f -> List.of(f.group(), n(f.received()), rate(Rates.percent(f.received(), total)), n(f.closed()),
                                rate(f.closingRate()))).toList());
    }

    static ChapterFigures features(Inputs in) {
        int total = CaseloadStats.compute(in.cases(), in.year(), CaseloadStats.By.OVERALL).get(0).received();
        ChapterFigures.Builder b = new ChapterFigures.Builder();
        String[][] groupings = {{"field", "领域", "各领域案件情况"}, {"act", "行为类别", "各类行政行为案件情况"}, {"region", "地区", "各地区案件情况"}};
        CaseloadStats.By[] bys = {CaseloadStats.By.FIELD, CaseloadStats.By.ACT, CaseloadStats.By.REGION};
        for (int i = 0; i < bys.length; i++) {
            ChapterFigures.Table t = shareTable(groupings[i][0], groupings[i][2], groupings[i][1],
                    CaseloadStats.compute(in.cases(), in.year(), bys[i]), total);
            b.table(t);
            String k = groupings[i][0];
            List<String> top = t.rows().isEmpty() ? null : t.rows().get(0);
            b.figure(k + "Top", "新收最多的" + groupings[i][1], top == null ? "—" : top.get(0));
            b.figure(k + "TopReceived", "其新收（件）", top == null ? "0" : top.get(1));
            b.figure(k + "TopShare", "其占新收比例", top == null ? "—" : top.get(2));
            if (t.rows().size() > 1) {
                b.figure(k + "Second", "新收第二的" + groupings[i][1], t.rows().get(1).get(0));
                b.figure(k + "SecondReceived", "其新收（件）", t.rows().get(1).get(1));
            }
        }
        b.figure("received", "新收", n(total));
        return b.build();
    }

    static ChapterFigures loss(Inputs in) {
        StatsData.Settings s = in.settings();
        LossStats.Figures now = LossStats.compute(in.lossYear(), in.year(), s.includeCompensation(), s.denominator(), Grouping.OVERALL).get(0);
        LossStats.Figures before = LossStats.compute(in.lossPrevious(), in.year() - 1, s.includeCompensation(), s.denominator(),
                Grouping.OVERALL).get(0);
        ChapterFigures.Builder b = new ChapterFigures.Builder()
                .figure("closed", "审结一审案件（机关次）", n(now.closed()))
                .figure("lost", "败诉（机关次）", n(now.lost()))
                .figure("lossRate", "败诉率", rate(now.lossRate()))
                .figure("lossRateChange", "败诉率同比（百分点）", points(Rates.change(now.lossRate(), before.lossRate())))
                .figure("withdrawnOrMediated", "撤诉、调解（机关次）", n(now.withdrawnOrMediated()))
                .figure("settlementRate", "调撤率", rate(now.settlementRate()))
                .figure("settlementRateChange", "调撤率同比（百分点）", points(Rates.change(now.settlementRate(), before.settlementRate())))
                .figure("previousLossRate", "上年败诉率", rate(before.lossRate()));
        List<String> header = List.of("领域", "审结", "败诉", "败诉率", "调撤率");
        List<LossStats.Figures> byField = LossStats.compute(in.lossYear(), in.year(), s.includeCompensation(), s.denominator(), Grouping.FIELD);
        b.table(new ChapterFigures.Table("field", "各领域行政机关败诉情况", header, byField.stream()
                .map(f -> List.of(f.group(), n(f.closed()), n(f.lost()), rate(f.lossRate()), rate(f.settlementRate()))).toList()));
        if (!byField.isEmpty() && byField.get(0).lossRate() != null) {
            b.figure("fieldTop", "败诉率最高的领域", byField.get(0).group());
            b.figure("fieldTopRate", "其败诉率", rate(byField.get(0).lossRate()));
        }
        List<LossStats.Figures> byAgency = LossStats.compute(in.lossYear(), in.year(), s.includeCompensation(), s.denominator(), Grouping.AGENCY);
        // by agency level: the agencies' own counts added up, the rate by the one Rates.percent
        Map<AgencyLevel, int[]> levels = new EnumMap<>(AgencyLevel.class);
        for (LossStats.Figures f : byAgency) {
            AgencyLevel level = in.agencyLevels().get(f.group());
            if (level != null) {
                int[] c = levels.computeIfAbsent(level, k -> new int[4]);
                c[0] += f.closed();
                c[1] += f.lost();
                c[2] += f.withdrawnOrMediated();
                c[3] += f.denominator();
            }
        }
        List<List<String>> levelRows = new ArrayList<>();
        levels.forEach((l, c) -> levelRows.add(List.of(l.zh() + "级", n(c[0]), n(c[1]), rate(Rates.percent(c[1], c[3])),
                rate(Rates.percent(c[2], c[0])))));
        b.table(new ChapterFigures.Table("level", "各层级行政机关败诉情况", List.of("层级", "审结", "败诉", "败诉率", "调撤率"), levelRows));
        List<LossStats.Figures> most = byAgency.stream().filter(f -> f.lost() > 0)
                .sorted(Comparator.comparingInt((LossStats.Figures f) -> -f.lost()).thenComparing(LossStats.Figures::group)).toList();
        b.table(new ChapterFigures.Table("agencies", "败诉案件较多的行政机关", List.of("行政机关", "审结", "败诉", "败诉率"), most.stream()
                .map(f -> List.of(f.group(), n(f.closed()), n(f.lost()), rate(f.lossRate()))).toList()));
        b.figure("mostLosses", "败诉最多的行政机关", most.isEmpty() ? "—" : most.get(0).group());
        b.figure("mostLossesCount", "其败诉（件）", most.isEmpty() ? "0" : n(most.get(0).lost()));
        b.chart(new ChapterFigures.Chart("各领域败诉率", "%", byField.stream().map(LossStats.Figures::group).toList(), List.of("败诉率"),
                List.of(byField.stream().map(f -> f.lossRate() == null ? null : f.lossRate().doubleValue()).toList())));
        return b.build();
    }

    static List<String> appearanceCells(String first, AppearanceStats.Figures f) {
        return List.of(first, n(f.units()), n(f.appeared()), rate(f.appearanceRate()), rate(f.spokeRate()), rate(f.principalRate()));
    }

    static final List<String> APPEARANCE_HEADER = List.of("应出庭", "出庭", "出庭率", "出声率", "正职出庭率");

    static ChapterFigures.Table appearanceTable(String id, String title, String first, List<AppearanceStats.Figures> rows) {
        List<String> header = new ArrayList<>(List.of(first));
        header.addAll(APPEARANCE_HEADER);
        return new ChapterFigures.Table(id, title, header, rows.stream().map(f -> appearanceCells(f.group(), f)).toList());
    }

    static ChapterFigures appearance(Inputs in) {
        StatsData.Settings s = in.settings();
        Period year = new Period(in.year(), 0);
        // the units of the year, the year before and the four quarters, gathered from the facts once
        List<Period> periods = List.of(year, year.previous(), new Period(in.year(), 1), new Period(in.year(), 2), new Period(in.year(), 3),
                new Period(in.year(), 4));
        List<List<AppearanceStats.Counted>> counted = AppearanceStats.units(in.appearances(), periods, s.unit(), s.scope());
        List<AppearanceStats.Counted> units = counted.get(0);
        AppearanceStats.Figures now = AppearanceStats.group(units, Grouping.OVERALL).get(0);
        AppearanceStats.Figures before = AppearanceStats.group(counted.get(1), Grouping.OVERALL).get(0);
        // looked up by name and listed by name below: counted, not ranked
        List<AppearanceStats.Figures> byAgency = AppearanceStats.count(units, Grouping.AGENCY);
        List<String> without = AppearanceStats.withoutAppearance(byAgency);
        ChapterFigures.Builder b = new ChapterFigures.Builder()
                .figure("units", s.unit() == AppearanceStats.Unit.CASE ? "应出庭案件（机关次）" : "应出庭庭次（机关次）", n(now.units()))
                .figure("appeared", "负责人出庭", n(now.appeared()))
                .figure("appearanceRate", "出庭率", rate(now.appearanceRate()))
                .figure("spokeRate", "出声率", rate(now.spokeRate()))
                .figure("principalRate", "正职出庭率", rate(now.principalRate()))
                .figure("appearanceRateChange", "出庭率同比（百分点）", points(Rates.change(now.appearanceRate(), before.appearanceRate())))
                .figure("previousAppearanceRate", "上年出庭率", rate(before.appearanceRate()))
                .figure("withoutAppearance", "无负责人出庭的机关（个）", n(without.size()));
        List<AppearanceStats.Figures> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            AppearanceStats.Figures f = AppearanceStats.group(counted.get(1 + q), Grouping.OVERALL).get(0);
            quarters.add(new AppearanceStats.Figures("第" + Chapter.numeral(q) + "季度", f.units(), f.appeared(), f.spoke(), f.principal(),
                    f.appearanceRate(), f.spokeRate(), f.principalRate()));
        }
        b.table(appearanceTable("quarter", "各季度负责人出庭应诉情况", "季度", quarters));
        b.chart(new ChapterFigures.Chart("各季度出庭率", "%", quarters.stream().map(AppearanceStats.Figures::group).toList(),
                List.of("出庭率", "出声率"), List.of(quarters.stream().map(f -> f.appearanceRate() == null ? null : f.appearanceRate().doubleValue()).toList(),
                quarters.stream().map(f -> f.spokeRate() == null ? null : f.spokeRate().doubleValue()).toList())));
        b.table(appearanceTable("region", "各地区负责人出庭应诉情况", "地区", AppearanceStats.group(units, Grouping.REGION)));
        b.table(appearanceTable("field", "各领域负责人出庭应诉情况", "领域", AppearanceStats.group(units, Grouping.FIELD)));
        Map<String, AppearanceStats.Figures> agencyFigures = new java.util.HashMap<>();
        byAgency.forEach(f -> agencyFigures.put(f.group(), f));
        List<List<String>> rows = new ArrayList<>();
        for (String name : without) {
            rows.add(List.of(name, n(agencyFigures.get(name).units())));
        }
        b.table(new ChapterFigures.Table("without", "全年无负责人出庭的行政机关", List.of("行政机关", "应出庭"), rows));
        return b.build();
    }

    static List<String> suggestionCells(SuggestionStats.Figures f) {
        return List.of(f.group(), n(f.issued()), n(f.replied()), n(f.onTime()), n(f.overdue()), n(f.adopted()), n(f.partlyAdopted()),
                rate(f.replyRate()));
    }

    static final List<String> SUGGESTION_HEADER = List.of("发出", "已回复", "按期回复", "逾期未复", "采纳", "部分采纳", "回复率");

    static ChapterFigures suggestion(Inputs in) {
        List<SuggestionStats.Letter> letters = in.letters().stream().map(SuggestionStats.Letter::of).toList();
        SuggestionStats.Figures f = SuggestionStats.compute(letters, in.year(), in.asOf(), SuggestionStats.GroupBy.OVERALL).get(0);
        ChapterFigures.Builder b = new ChapterFigures.Builder()
                .figure("issued", "发出司法建议", n(f.issued()))
                .figure("replied", "已回复", n(f.replied()))
                .figure("onTime", "按期回复", n(f.onTime()))
                .figure("overdue", "逾期未回复", n(f.overdue()))
                .figure("adopted", "采纳", n(f.adopted()))
                .figure("partlyAdopted", "部分采纳", n(f.partlyAdopted()))
                .figure("notAdopted", "未采纳", n(f.notAdopted()))
                .figure("replyRate", "回复率", rate(f.replyRate()))
                .figure("asOf", "统计截至", in.asOf().getYear() + "年" + in.asOf().getMonthValue() + "月" + in.asOf().getDayOfMonth() + "日");
        for (String[] g : new String[][] {{"FIELD", "领域", "field", "各领域司法建议情况"}, {"RECIPIENT", "被建议单位", "recipient", "各被建议单位司法建议情况"}}) {
            List<String> header = new ArrayList<>(List.of(g[1]));
            header.addAll(SUGGESTION_HEADER);
            b.table(new ChapterFigures.Table(g[2], g[3], header, SuggestionStats.compute(letters, in.year(), in.asOf(),
                    SuggestionStats.GroupBy.valueOf(g[0])).stream().map(WhitePaperFigures::suggestionCells).toList()));
        }
        List<Suggestion> excellent = in.letters().stream().filter(Suggestion::excellent)
                .filter(l -> l.excellentYear() != null ? l.excellentYear() == in.year() : l.issuedOn() != null && l.issuedOn().getYear() == in.year())
                .toList();
        b.table(new ChapterFigures.Table("excellent", "优秀司法建议", List.of("文号", "标题", "被建议单位", "评选"), excellent.stream()
                .map(l -> List.of(nz(l.number()), nz(l.title()), nz(l.recipientName()), nz(l.excellentContest()))).toList()));
        b.figure("excellent", "优秀司法建议（件）", n(excellent.size()));
        return b.build();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static List<HeldMeeting> meetingsOf(Inputs in) {
        return in.meetings().stream().filter(m -> m.state() != MeetingState.PLANNED && m.heldAt() != null && m.heldAt().getYear() == in.year())
                .sorted(Comparator.comparing(HeldMeeting::heldAt)).toList();
    }

    static ChapterFigures linkage(Inputs in) {
        List<HeldMeeting> held = meetingsOf(in);
        int agreed = 0;
        int done = 0;
        int overdue = 0;
        List<List<String>> rows = new ArrayList<>();
        for (HeldMeeting m : held) {
            int d = 0;
            for (AgreedItem i : m.items()) {
                agreed++;
                if (i.status() == ItemStatus.DONE) {
                    done++;
                    d++;
                }
                if (i.overdue(in.asOf())) {
                    overdue++;
                }
            }
            rows.add(List.of(nz(m.title()), nz(m.number()), m.heldAt().toLocalDate().toString(), n(m.items().size()), n(d)));
        }
        return new ChapterFigures.Builder()
                .figure("meetings", "召开联席会议（次）", n(held.size()))
                .figure("agreed", "议定事项（项）", n(agreed))
                .figure("done", "已办结（项）", n(done))
                .figure("overdue", "逾期未办结（项）", n(overdue))
                .figure("open", "推进中（项）", n(agreed - done - overdue))
                .table(new ChapterFigures.Table("meetings", "府院联席会议及议定事项", List.of("会议", "编号", "日期", "议定事项", "已办结"), rows))
                .build();
    }

    /** The year's letters (issued in the year, not withdrawn) with their problems and suggestions, by the recipient's field. */
    public static List<LetterPoints> letterPoints(Inputs in) {
        Map<String, List<Suggestion>> byField = new TreeMap<>(cn.fuyuan.desk.i18n.PinyinOrder.NAMES);
        for (Suggestion s : in.letters()) {
            if (s.status() != SuggestionStatus.WITHDRAWN && s.issuedOn() != null && s.issuedOn().getYear() == in.year()) {
                byField.computeIfAbsent(s.recipientField() == null ? SuggestionStats.NO_FIELD : s.recipientField(), k -> new ArrayList<>()).add(s);
            }
        }
        List<LetterPoints> out = new ArrayList<>();
        byField.forEach((field, list) -> {
            List<String> problems = new ArrayList<>();
            List<String> advice = new ArrayList<>();
            for (Suggestion s : list) {
                for (LetterItem i : s.draft().items()) {
                    if (i.problem() != null && !i.problem().isBlank() && !problems.contains(i.problem().strip())) {
                        problems.add(i.problem().strip());
                    }
                    if (i.advice() != null && !i.advice().isBlank() && !advice.contains(i.advice().strip())) {
                        advice.add(i.advice().strip());
                    }
                }
            }
            out.add(new LetterPoints(field, list.size(), problems, advice));
        });
        out.sort(Comparator.comparingInt((LetterPoints p) -> -p.problems().size()).thenComparing(LetterPoints::field));
        return out;
    }

    static ChapterFigures problems(Inputs in) {
        List<LetterPoints> points = letterPoints(in);
        ChapterFigures.Builder b = new ChapterFigures.Builder();
        int problems = points.stream().mapToInt(p -> p.problems().size()).sum();
        b.figure("letters", "发出司法建议（件）", n(points.stream().mapToInt(LetterPoints::letters).sum()));
        b.figure("problems", "建议书指出的问题（个）", n(problems));
        b.figure("fields", "涉及领域（个）", n(points.size()));
        b.table(new ChapterFigures.Table("letterProblems", "司法建议书指出的问题（按领域）", List.of("领域", "建议书", "问题"), points.stream()
                .map(p -> List.of(p.field(), n(p.letters()), n(p.problems().size()))).toList()));
        Map<LossGround, Integer> grounds = new LinkedHashMap<>();
        for (LossGround g : LossGround.values()) {
            grounds.put(g, 0);
        }
        int none = 0;
        for (CaseReview.Lost l : in.lost()) {
            if (l.ground() == null) {
                none++;
            } else {
                grounds.merge(l.ground(), 1, Integer::sum);
            }
        }
        int lost = in.lost().size();
        b.figure("lostCases", "败诉案件（件）", n(lost));
        List<List<String>> rows = new ArrayList<>();
        List<Map.Entry<LossGround, Integer>> sorted = grounds.entrySet().stream()
                .sorted(Map.Entry.<LossGround, Integer>comparingByValue().reversed()).toList();
        for (Map.Entry<LossGround, Integer> e : sorted) {
            b.figure("ground." + e.getKey().name(), e.getKey().zh() + "（件）", n(e.getValue()));
            if (e.getValue() > 0) {
                rows.add(List.of(e.getKey().zh(), n(e.getValue()), rate(Rates.percent(e.getValue(), lost))));
            }
        }
        b.figure("groundMissing", "未记录败诉原因（件）", n(none));
        if (none > 0) {
            rows.add(List.of("未记录", n(none), rate(Rates.percent(none, lost))));
        }
        b.table(new ChapterFigures.Table("grounds", "行政机关败诉原因", List.of("败诉原因", "案件数", "占败诉案件比例"), rows));
        return b.build();
    }

    static ChapterFigures recommendations(Inputs in) {
        List<LetterPoints> points = letterPoints(in);
        return new ChapterFigures.Builder()
                .figure("advice", "建议书提出的建议（条）", n(points.stream().mapToInt(p -> p.advice().size()).sum()))
                .build();
    }

    static ChapterFigures typical(Inputs in) {
        ChapterFigures.Builder b = new ChapterFigures.Builder();
        int i = 0;
        for (CaseReview.Typical t : in.typical()) {
            i++;
            String title = "案例" + Chapter.numeral(i) + "：" + (t.defendants() == null ? "" : t.defendants())
                    + (t.cause() == null || t.cause().isBlank() ? "" : t.cause() + "案");
            b.typical(new ChapterFigures.TypicalCase(t.caseNumber(), title, nz(t.basicFacts()), nz(t.judgment()), nz(t.significance())));
        }
        b.figure("count", "典型案例（件）", n(i));
        return b.build();
    }
}
