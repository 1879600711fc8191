package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.REGION;

import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * Demonstration cases and hearings over the demo agencies: four years (2023–2026, so that a year's white paper has
 * the year before, a trend and cases carried over), appearance habits that differ by
 * agency, some late notices, absences with and without reasons, multi-defendant cases, appeals and cases of the
 * basic courts. Hearings after {@link #DEMO_TODAY} have no result yet (they fill the upcoming-hearings list).
 * Deterministic for a seed; about 300 cases (≈ 550 hearing × defendant rows) per unit of scale.
 */
public final class CaseloadDemo {
    public static final LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 20);
    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2026;
    static final int CASES_PER_YEAR = 75;

    private static final String[] BASIC_COURTS = {"临河区人民法院", "五原县人民法院", "磴口县人民法院", "乌拉特前旗人民法院",
        "乌拉特中旗人民法院", "乌拉特后旗人民法院", "杭锦后旗人民法院"};
    /** Each basic court's own contact for the letters it signs (report.courtContacts), in the demo's fictional numbers. */
    private static final String[] BASIC_COURT_CONTACTS = {"王海燕，0478-8210101", "张志强，0478-8210102", "刘慧敏，0478-8210103",
        "陈建军，0478-8210104", "赵丽娜，0478-8210105", "高文博，0478-8210106", "苏晓东，0478-8210107"};
    private static final String[] PLAINTIFF_SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "乌", "巴", "高", "郝", "苏"};
    private static final String[] PLAINTIFF_GIVEN = {"某", "某某", "某明", "某华", "某军", "某英"};
    private static final String[] COMPANIES = {"巴彦淖尔市某商贸有限公司", "内蒙古某建筑工程有限公司", "某农牧业专业合作社", "五原县某食品有限公司",
        "临河区某物流有限公司"};
    private static final String[][] CAUSES = {
        {"行政处罚", "PENALTY"}, {"行政强制", "COERCION"}, {"行政许可", "LICENSING"}, {"行政协议", "AGREEMENT"},
        {"房屋征收补偿", "EXPROPRIATION"}, {"政府信息公开", "DISCLOSURE"}, {"不履行法定职责", "INACTION"}, {"工伤认定", "OTHER"},
        {"土地行政登记", "OTHER"}, {"行政处罚", "PENALTY"}, {"行政处罚", "PENALTY"}, {"房屋征收补偿", "EXPROPRIATION"}};
    /** First-instance results with their weights (per cent). */
    private static final Object[][] RESULTS = {
        {CaseResult.DISMISS_CLAIM, 35}, {CaseResult.REVOKE, 10}, {CaseResult.PARTIAL_REVOKE, 2}, {CaseResult.CONFIRM_ILLEGAL, 8},
        {CaseResult.CONFIRM_VOID, 1}, {CaseResult.ALTER, 1}, {CaseResult.ORDER_PERFORM, 5}, {CaseResult.COMPENSATION, 2},
        {CaseResult.DISMISS_SUIT, 12}, {CaseResult.WITHDRAWN, 18}, {CaseResult.MEDIATED, 4}, {CaseResult.OTHER, 2}};
    private static final String[] DEPUTY_NAMES = {"张志刚", "李红梅", "王海涛", "刘永军", "陈晓燕", "赵文博", "乌日娜", "巴图", "高建华", "孙丽"};

    private CaseloadDemo() {
    }

    private record Ag(int id, String name, String region, String headName, String headTitle, double habit) {
    }

    /** Writes the cases in the caller's transaction (after the agencies); returns counts for the summary. */
    public static Map<String, Integer> write(DSLContext tx, Random random, int scale) {
        Map<String, CaseRepository.Court> courts = new LinkedHashMap<>();
        StringBuilder contacts = new StringBuilder();
        for (int i = 0; i < BASIC_COURTS.length; i++) {
            courts.put(BASIC_COURTS[i], CaseRepository.createCourt(tx, BASIC_COURTS[i]));
            contacts.append(i == 0 ? "" : "\n").append(BASIC_COURTS[i]).append('：').append(BASIC_COURT_CONTACTS[i]);
        }
        // the letters a basic court signs name its own contact, never the middle court's (issue 10 §5)
        SettingsRepository.put(tx, SettingKey.REPORT_COURT_CONTACTS, contacts.toString());
        List<Ag> agencies = new ArrayList<>();
        Map<String, List<Ag>> byRegion = new HashMap<>();
        tx.select(AGENCY.ID, AGENCY.NAME, REGION.NAME, AGENCY.HEAD_NAME, AGENCY.HEAD_TITLE).from(AGENCY)
                .leftJoin(REGION).on(REGION.ID.eq(AGENCY.REGION_ID)).orderBy(AGENCY.ID)
                .forEach(r -> {
                    // each agency has its own habit: some heads nearly always come, some rarely
                    double habit = 0.15 + 0.84 * random.nextDouble();
                    Ag a = new Ag(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), habit);
                    agencies.add(a);
                    byRegion.computeIfAbsent(String.valueOf(a.region()), k -> new ArrayList<>()).add(a);
                });
        if (agencies.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> seq = new HashMap<>();
        int cases = 0;
        int rows = 0;
        BulkCaseWriter bulk = new BulkCaseWriter(tx);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (int i = 0; i < CASES_PER_YEAR * scale; i++) {
                AdminCase c = oneCase(random, year, agencies, byRegion, courts, seq);
                bulk.insert(c);
                cases++;
                rows += c.hearings().stream().mapToInt(h -> h.appearances().size()).sum();
            }
        }
        bulk.close();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("courts", courts.size());
        counts.put("cases", cases);
        counts.put("hearingRows", rows);
        return counts;
    }

    private static AdminCase oneCase(Random random, int year, List<Ag> agencies, Map<String, List<Ag>> byRegion,
                                     Map<String, CaseRepository.Court> courts, Map<String, Integer> seq) {
        Ag first = agencies.get(random.nextInt(agencies.size()));
        List<Ag> defendants = new ArrayList<>(List.of(first));
        if (random.nextInt(100) < 20) {
            List<Ag> same = byRegion.get(String.valueOf(first.region()));
            Ag second = same.get(random.nextInt(same.size()));
            if (second.id() != first.id()) {
                defendants.add(second);
            }
        }
        // a county agency is usually sued in its basic court; city agencies and appeals at the intermediate court
        boolean appeal = random.nextInt(100) < 15;
        String courtName = null;
        String courtCode = "内08";
        if (!appeal && first.region() != null && List.of(BASIC_COURTS).contains(first.region() + "人民法院") && random.nextInt(100) < 60) {
            courtName = first.region() + "人民法院";
            courtCode = "内08" + String.format("%02d", 2 + List.of(BASIC_COURTS).indexOf(courtName));
        }
        String type = appeal ? "行终" : random.nextInt(100) < 4 ? "行赔初" : "行初";
        int n = seq.merge(year + courtCode + type, 1, Integer::sum);
        CaseNumber number = new CaseNumber(year, courtCode, type, n);
        String[] cause = CAUSES[random.nextInt(CAUSES.length)];
        // nothing is filed after the demo's "today"
        LocalDate filed = LocalDate.of(year, 1, 1).plusDays(random.nextInt(year == DEMO_TODAY.getYear() ? DEMO_TODAY.getDayOfYear() : 365));
        boolean major = random.nextInt(100) < 12;
        boolean noticeRequired = major || random.nextInt(100) < 45;
        String plaintiffs = random.nextInt(100) < 25 ? COMPANIES[random.nextInt(COMPANIES.length)]
                : PLAINTIFF_SURNAMES[random.nextInt(PLAINTIFF_SURNAMES.length)] + PLAINTIFF_GIVEN[random.nextInt(PLAINTIFF_GIVEN.length)]
                + (random.nextInt(100) < 15 ? "等" + (2 + random.nextInt(5)) + "人" : "");

        List<Hearing> hearings = new ArrayList<>();
        LocalDate hd = filed.plusDays(20 + random.nextInt(60));
        int count = random.nextInt(100) < 30 ? 2 : 1;
        for (int h = 0; h < count; h++) {
            if (h > 0) {
                hd = hd.plusDays(20 + random.nextInt(40));
            }
            while (hd.getDayOfWeek().getValue() > 5) {
                hd = hd.plusDays(1);
            }
            List<Appearance> list = new ArrayList<>();
            for (Ag a : defendants) {
                list.add(appearance(random, a, hd, noticeRequired));
            }
            LocalTime time = LocalTime.of(random.nextBoolean() ? 9 : 14, random.nextBoolean() ? 0 : 30);
            String place = courtName == null ? "第" + "一二三四五".charAt(random.nextInt(5)) + "审判庭" : "本院第一法庭";
            hearings.add(new Hearing(null, hd, time, place, list));
        }
        LocalDate closed = null;
        CaseResult result = null;
        LocalDate end = hd.plusDays(10 + random.nextInt(50));
        if (!end.isAfter(DEMO_TODAY)) {
            closed = end;
            result = pick(random);
        }
        List<Defendant> ds = defendants.stream().map(a -> new Defendant(a.id(), a.name(), a.region(), null)).toList();
        return new AdminCase(null, number, courtName == null ? null : courts.get(courtName).id(), courtName, plaintiffs,
                cause[0], ActType.valueOf(cause[1]), null, null, filed, closed, result, major, noticeRequired,
                ds, hearings);
    }

    private static Appearance appearance(Random random, Ag a, LocalDate hd, boolean noticeRequired) {
        LocalDate served = null;
        if (noticeRequired || random.nextInt(100) < 20) {
            // most notices go out a week or more ahead; one in ten is late (fewer than 3 days)
            served = random.nextInt(100) < 10 ? hd.minusDays(1 + random.nextInt(2)) : hd.minusDays(3 + random.nextInt(12));
        }
        Appearance blank = Appearance.blank(a.id(), a.name(), noticeRequired).withNotice(noticeRequired || served != null, served);
        if (hd.isAfter(DEMO_TODAY)) {
            return blank;
        }
        String staff = "法制科工作人员" + "甲乙丙丁".charAt(random.nextInt(4)) + (random.nextBoolean() ? "、委托律师" : "");
        double habit = a.habit() + (served != null ? 0.05 : 0);
        if (random.nextDouble() < habit) {
            int r = random.nextInt(100);
            HeadRank rank = r < 35 ? HeadRank.PRINCIPAL : r < 85 ? HeadRank.DEPUTY : HeadRank.OTHER;
            String name = rank == HeadRank.PRINCIPAL && a.headName() != null ? a.headName() : DEPUTY_NAMES[random.nextInt(DEPUTY_NAMES.length)];
            String title = rank == HeadRank.PRINCIPAL && a.headTitle() != null ? a.headTitle()
                    : rank == HeadRank.DEPUTY ? "副" + (a.headTitle() == null ? "局长" : a.headTitle()) : "党组成员";
            boolean spoke = random.nextInt(100) < 80;
            String eval = spoke && random.nextInt(100) < 30 ? "就争议焦点作了陈述，表示将依法整改" : null;
            return blank.withResult(true, name, title, rank, spoke, staff, null, false, eval);
        }
        int r = random.nextInt(100);
        AbsenceReason why = r < 15 ? AbsenceReason.UNJUSTIFIED : r < 65 ? AbsenceReason.OFFICIAL_DUTY : r < 85 ? AbsenceReason.OTHER_JUSTIFIED
                : r < 95 ? AbsenceReason.ACCIDENT : AbsenceReason.FORCE_MAJEURE;
        boolean explanation = why != AbsenceReason.UNJUSTIFIED && random.nextInt(100) < 80;
        return blank.withResult(false, null, null, null, false, staff, why, explanation, null);
    }

    private static CaseResult pick(Random random) {
        int r = random.nextInt(101);
        int sum = 0;
        for (Object[] o : RESULTS) {
            sum += (Integer) o[1];
            if (r < sum) {
                return (CaseResult) o[0];
            }
        }
        return CaseResult.DISMISS_CLAIM;
    }
}
