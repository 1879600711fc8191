package cn.fuyuan.desk.suggestion;

import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * Demonstration letters over the last two calendar years in every state — drafts, awaiting approval,
 * signed, delivered (some overdue, some due soon), replied with each adoption, closed, withdrawn, some
 * excellent — numbered in the series in date order. Same seed, scale and day: same letters.
 */
public final class SuggestionDemo {
    private static final String[][] TOPICS = {
        {"规范土地征收补偿程序", "征收公告未依法公示，被征收人知情权未得到保障。", "严格履行征收公告程序，确保被征收人知情、参与。"},
        {"规范行政处罚程序", "作出处罚决定前未告知当事人陈述、申辩权利。", "在作出处罚决定前依法履行告知程序，保障当事人权利。"},
        {"加强政府信息公开工作", "对信息公开申请逾期答复，答复内容不完整。", "建立信息公开申请台账，严格在法定期限内完整答复。"},
        {"规范违法建筑拆除行为", "强制拆除前未依法催告，未给予当事人合理期限。", "强制执行前依法催告，给予合理的自行履行期限。"},
        {"完善行政协议履约管理", "招商引资协议约定的奖励未按期兑现。", "建立行政协议履约监督机制，依约及时兑现承诺。"},
        {"规范社会保险待遇核定", "工伤认定中对证据审查不全面。", "全面审查工伤认定证据，必要时依职权调查核实。"},
        {"加强行政执法证据收集", "执法记录不完整，关键证据未固定。", "落实执法全过程记录制度，及时固定关键证据。"},
        {"规范行政复议答复", "复议答复未附作出行政行为的证据和依据。", "完善复议答复材料，按期提交证据和依据。"},
    };
    private static final String[] METHODS = {"直接送达", "邮寄送达", "电子送达"};

    private SuggestionDemo() {
    }

    private record Plan(int recipientId, String recipientName, SuggestionStatus target, LocalDate approved, int topic,
                        boolean excellent) {
    }

    /** Writes the letters within the demo's transaction; returns how many. */
    public static int write(DSLContext tx, Random random, int scale, String prefix) {
        LocalDate today = LocalDate.now();
        List<org.jooq.Record2<Integer, String>> recipients = tx.select(AGENCY.ID, AGENCY.NAME).from(AGENCY)
                .where(AGENCY.ADMIN_LEVEL.ne("TOWNSHIP").and(AGENCY.NAME.notLike("%人民政府%"))).orderBy(AGENCY.ID).fetch();
        if (recipients.isEmpty()) {
            return 0;
        }
        SuggestionStatus[] cycle = {SuggestionStatus.CLOSED, SuggestionStatus.REPLIED, SuggestionStatus.DELIVERED,
            SuggestionStatus.CLOSED, SuggestionStatus.REPLIED, SuggestionStatus.DELIVERED, SuggestionStatus.SIGNED,
            SuggestionStatus.WITHDRAWN, SuggestionStatus.CLOSED, SuggestionStatus.REPLIED, SuggestionStatus.DELIVERED,
            SuggestionStatus.PENDING, SuggestionStatus.DRAFT};
        List<Plan> plans = new ArrayList<>();
        int perScale = 26;
        LocalDate first = LocalDate.of(today.getYear() - 1, 1, 6);
        long span = java.time.temporal.ChronoUnit.DAYS.between(first, today.minusDays(3));
        for (int i = 0; i < perScale * scale; i++) {
            var r = recipients.get(random.nextInt(recipients.size()));
            SuggestionStatus target = cycle[i % cycle.length];
            LocalDate approved = first.plusDays((long) (span * (i % perScale + random.nextDouble()) / perScale));
            if (target == SuggestionStatus.DELIVERED && i % 3 == 2) {
                // due in a few days: issued almost two months ago
                approved = today.minusMonths(2).plusDays(3 + random.nextInt(8));
            }
            plans.add(new Plan(r.value1(), r.value2(), target, approved, random.nextInt(TOPICS.length), i % 7 == 0));
        }
        plans.sort(Comparator.comparing(Plan::approved));
        int n = 0;
        for (Plan p : plans) {
            String[] t = TOPICS[p.topic()];
            List<LetterItem> items = new ArrayList<>();
            items.add(new LetterItem(t[1], t[2]));
            String[] other = TOPICS[(p.topic() + 3) % TOPICS.length];
            if (random.nextBoolean()) {
                items.add(new LetterItem(other[1], other[2]));
            }
            int year = p.approved().getYear();
            String caseNumber = "（" + year + "）内08行初" + (10 + random.nextInt(300)) + "号";
            LetterDraft d = new LetterDraft(null, "关于" + t[0] + "的司法建议书", n % 5 == 4 ? SuggestionKind.CATEGORY : SuggestionKind.INDIVIDUAL,
                    p.recipientId(), List.of(caseNumber), List.of(CcUnit.text(n % 2 == 0 ? "巴彦淖尔市人民政府" : "巴彦淖尔市司法局")),
                    p.recipientName() + "在" + t[0].substring(2) + "工作中作出了积极努力，但在本院审理的行政案件中仍暴露出以下问题。",
                    items, 2, "李文静", "0478-8210000", "王法官", null);
            int id = SuggestionRepository.saveDraft(tx, d, p.approved().minusDays(7));
            n++;
            if (p.target() == SuggestionStatus.DRAFT) {
                continue;
            }
            SuggestionRepository.step(tx, id, s -> List.of(), r -> r.setStatus(SuggestionStatus.PENDING.name()));
            if (p.target() == SuggestionStatus.PENDING) {
                continue;
            }
            Approver by = Approver.values()[random.nextInt(Approver.values().length)];
            SuggestionRepository.sign(tx, id, by, p.approved(), prefix);
            if (p.excellent()) {
                SuggestionRepository.step(tx, id, s -> List.of(), r -> {
                    r.setExcellent(1);
                    r.setExcellentContest("全区法院优秀司法建议评选");
                    r.setExcellentYear(year);
                });
            }
            if (p.target() == SuggestionStatus.SIGNED) {
                continue;
            }
            if (p.target() == SuggestionStatus.WITHDRAWN) {
                SuggestionRepository.withdraw(tx, id, p.approved().plusDays(2), "被建议单位已主动整改到位");
                continue;
            }
            LocalDate issued = min(p.approved().plusDays(1 + random.nextInt(4)), today);
            SuggestionRepository.deliver(tx, id, issued, METHODS[random.nextInt(METHODS.length)], random.nextInt(4) != 0);
            if (p.target() == SuggestionStatus.DELIVERED) {
                continue;
            }
            LocalDate reply = issued.plusDays(15 + random.nextInt(70));
            if (reply.isAfter(today)) {
                continue;
            }
            Adoption a = Adoption.values()[random.nextInt(5) < 3 ? 0 : random.nextInt(Adoption.values().length)];
            SuggestionRepository.reply(tx, id, reply, "已收悉，已组织专题研究并制定整改措施。", a);
            if (p.target() == SuggestionStatus.REPLIED) {
                continue;
            }
            LocalDate archived = reply.plusDays(10 + random.nextInt(40));
            if (!archived.isAfter(today)) {
                SuggestionRepository.close(tx, id, archived, "回访：整改措施已落实。");
            }
        }
        return n;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
