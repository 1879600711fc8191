package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.i18n.ChineseNumerals;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * Demonstration joint meetings: one 联席会议 a quarter over 2025–2026 (plus {@code scale - 1} 会商 / 座谈 a
 * quarter), each with attendees from the directory, topics and agreed items; at each meeting the carried
 * items get progress — some done, some still in progress, some untouched and overdue. The last meeting
 * (2026 Q4) is still in preparation, the one before it held, the older ones issued.
 */
public final class MeetingDemo {
    private static final String[][] TOPICS = {
        {"征地拆迁类行政争议实质性化解", "会议听取了市自然资源局、市住建局关于征收补偿争议的情况汇报，分析了诉讼中暴露的程序问题。"},
        {"行政机关负责人出庭应诉工作", "会议通报了本季度行政机关负责人出庭应诉情况，对出庭率偏低的单位提出了要求。"},
        {"司法建议反馈落实情况", "会议听取了各单位对法院司法建议的反馈情况，研究了未按期回复的建议的督办办法。"},
        {"重大项目法律风险防控", "会议分析了重点项目建设中的法律风险，研究了提前介入、联合会商的工作机制。"},
        {"执行难问题联动破解", "会议研究了涉党政机关案件执行、查人找物等执行联动问题。"},
        {"行政审判白皮书发布", "会议听取了年度行政审判白皮书的起草情况，讨论了败诉率较高领域的整改措施。"},
    };
    private static final String[] ITEMS = {
        "建立征收补偿争议诉前会商机制，每季度召开一次会商会",
        "制定行政机关负责人出庭应诉提醒和通报办法",
        "对败诉案件逐案分析原因，形成整改报告报市政府",
        "开展“以庭代训”旁听庭审活动，组织执法人员旁听行政案件庭审",
        "建立涉企行政执法案件信息共享机制",
        "对逾期未反馈的司法建议逐件督办，限期书面反馈",
        "联合开展行政执法程序规范化培训",
        "梳理重大项目建设用地手续，消除程序瑕疵",
        "建立执行联动查控工作专班",
        "完善行政复议与行政诉讼衔接工作机制",
    };
    private static final String[] PROGRESS = {"已制定工作方案", "已召开专题会议部署", "已完成初稿，正在征求意见", "已印发通知", "已组织培训一次"};

    private MeetingDemo() {
    }

    public static Map<String, Integer> write(DSLContext tx, Random random, int scale) {
        List<Record3<Integer, String, String>> city = tx.select(AGENCY.ID, AGENCY.NAME, AGENCY.HEAD_NAME).from(AGENCY)
                .where(AGENCY.ADMIN_LEVEL.eq("CITY")).orderBy(AGENCY.ID).fetch();
        List<Record3<Integer, String, String>> county = tx.select(AGENCY.ID, AGENCY.NAME, AGENCY.HEAD_NAME).from(AGENCY)
                .where(AGENCY.ADMIN_LEVEL.eq("COUNTY")).orderBy(AGENCY.ID).fetch();
        String court = MeetingRepository.courtName(tx);
        int meetings = 0;
        int items = 0;
        int[][] days = {{3, 20}, {6, 19}, {9, 18}, {12, 18}};
        List<Meeting> made = new ArrayList<>();
        for (int year = 2025; year <= 2026; year++) {
            for (int q = 0; q < 4; q++) {
                for (int copy = 0; copy < scale; copy++) {
                    LocalDateTime at = LocalDateTime.of(year, days[q][0], days[q][1], copy % 2 == 0 ? 9 : 15, 0).plusDays(copy / 2);
                    MeetingKind kind = copy == 0 ? MeetingKind.JOINT : copy % 2 == 1 ? MeetingKind.CONSULTATION : MeetingKind.FORUM;
                    String title = year + "年第" + ChineseNumerals.of(q + 1) + "季度" + (copy == 0 ? "府院联席会议"
                            : kind == MeetingKind.CONSULTATION ? "府院专题会商会" : "府院座谈会");
                    if (copy > 1) {
                        title += "（" + copy + "）";
                    }
                    List<Attendee> attendees = new ArrayList<>();
                    attendees.add(new Attendee(null, AttendeeRole.PRESENT, "王建国", Unit.court(court)));
                    attendees.add(new Attendee(null, AttendeeRole.PRESENT, "李文静", Unit.court(court)));
                    List<Record3<Integer, String, String>> pool = new ArrayList<>(city);
                    pool.addAll(county.subList(0, Math.min(county.size(), 6)));
                    java.util.Collections.shuffle(pool, random);
                    int present = 4 + random.nextInt(3);
                    for (int i = 0; i < present && i < pool.size(); i++) {
                        var a = pool.get(i);
                        attendees.add(new Attendee(null, AttendeeRole.PRESENT, a.value3(), Unit.agency(a.value1(), a.value2())));
                    }
                    if (pool.size() > present) {
                        var a = pool.get(present);
                        attendees.add(new Attendee(null, AttendeeRole.ABSENT, a.value3(), Unit.agency(a.value1(), a.value2())));
                    }
                    attendees.add(new Attendee(null, AttendeeRole.OBSERVER, "刘海军", Unit.text("市人大常委会法工委")));
                    attendees.add(new Attendee(null, AttendeeRole.OBSERVER, "赵春梅", Unit.text("市司法局")));
                    List<Topic> topics = new ArrayList<>();
                    int t1 = random.nextInt(TOPICS.length);
                    int t2 = (t1 + 1 + random.nextInt(TOPICS.length - 1)) % TOPICS.length;
                    topics.add(new Topic(null, TOPICS[t1][0], TOPICS[t1][1], false));
                    topics.add(new Topic(null, TOPICS[t2][0], TOPICS[t2][1], false));
                    List<AgreedItem> agreed = new ArrayList<>();
                    int n = 2 + random.nextInt(3);
                    for (int i = 0; i < n; i++) {
                        List<Unit> units = new ArrayList<>();
                        var a = pool.get(random.nextInt(Math.min(pool.size(), present)));
                        units.add(Unit.agency(a.value1(), a.value2()));
                        if (random.nextInt(4) == 0) {
                            units.add(Unit.court(court));
                        }
                        agreed.add(AgreedItem.draft(ITEMS[random.nextInt(ITEMS.length)], units,
                                at.toLocalDate().plusDays(30 + 15L * random.nextInt(7))));
                    }
                    Meeting m = MeetingRepository.create(tx, Meeting.draft(kind, title, at,
                            copy == 0 ? "市中级人民法院第一会议室" : "市人民政府第三会议室", copy == 0 ? "王建国" : "李文静",
                            attendees, topics, agreed));
                    meetings++;
                    items += agreed.size();
                    // progress reported at this meeting on the items it carried
                    LocalDate day = at.toLocalDate();
                    boolean upcoming = year == 2026 && q == 3;
                    if (!upcoming) {
                        for (AgreedItem c : m.carried()) {
                            int roll = random.nextInt(100);
                            if (roll < 45) {
                                MeetingRepository.recordProgress(tx, c.id(), m.id(), day, "已办结，" + PROGRESS[random.nextInt(PROGRESS.length)], ItemStatus.DONE);
                            } else if (roll < 75) {
                                MeetingRepository.recordProgress(tx, c.id(), m.id(), day, PROGRESS[random.nextInt(PROGRESS.length)], ItemStatus.IN_PROGRESS);
                            } else if (roll < 80) {
                                MeetingRepository.recordProgress(tx, c.id(), m.id(), day, "情况变化，经会议研究不再推进", ItemStatus.CANCELLED);
                            }
                        }
                    }
                    made.add(m);
                }
            }
        }
        // states: the 2026 Q4 meetings in preparation, the 2026 Q3 ones held, everything older issued
        for (Meeting m : made) {
            LocalDate d = m.heldAt().toLocalDate();
            if (d.getYear() == 2026 && d.getMonthValue() >= 12) {
                continue;
            }
            MeetingRepository.advance(tx, m.id(), d);
            if (!(d.getYear() == 2026 && d.getMonthValue() >= 9)) {
                MeetingRepository.advance(tx, m.id(), d.plusDays(5));
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("meetings", meetings);
        counts.put("agreedItems", items);
        return counts;
    }
}
