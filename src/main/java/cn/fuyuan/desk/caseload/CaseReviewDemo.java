package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * Demonstration 败诉原因 and 典型案例: most lost first-instance cases get a ground (程序违法 and 事实不清、证据不足 the most
 * frequent, as in published white papers), and each year from 2024 has three typical cases with their texts.
 */
public final class CaseReviewDemo {
    private static final Object[][] GROUNDS = {
        {LossGround.PROCEDURE, 32}, {LossGround.FACTS, 26}, {LossGround.LAW, 14}, {LossGround.INACTION, 14},
        {LossGround.AUTHORITY, 8}, {LossGround.UNREASONABLE, 6}};

    private static final String[][] TYPICAL = {
        {"原告所有的房屋位于征收范围内。被告在未依法公告征收补偿方案、未与原告协商的情况下，作出房屋征收补偿决定并组织强制拆除。",
            "法院经审理认为，被告作出补偿决定前未履行公告、听取意见等法定程序，判决确认强制拆除行为违法，并责令被告依法予以补偿。",
            "本案明确了征收补偿必须严格遵守法定程序。程序正义是实体公正的保障，行政机关在推进重点项目时更应依法征收、阳光征收。"},
        {"原告经营的超市因销售过期食品被被告处以罚款。被告在作出处罚决定前未告知原告陈述、申辩及要求听证的权利。",
            "法院经审理认为，被告剥夺了原告依法享有的陈述、申辩权利，判决撤销被诉行政处罚决定。",
            "行政处罚应当做到事实清楚、程序合法。本案提醒执法机关：告知程序不是可有可无的“走过场”，而是保障当事人权利的法定义务。"},
        {"原告向被告申请公开其所在村土地征收的批准文件，被告逾期未予答复。",
            "法院经审理认为，被告未在法定期限内答复，构成不履行法定职责，判决被告在十五个工作日内作出答复。",
            "政府信息公开是建设法治政府的重要内容。本案督促行政机关建立申请台账，依法按期答复，以公开促规范。"},
    };

    private CaseReviewDemo() {
    }

    /** Writes the reviews in the caller's transaction (after the cases); returns how many. */
    public static int write(DSLContext tx, Random random, int scale) {
        List<org.jooq.Record4<Integer, String, String, String>> cases = tx.select(ADMIN_CASE.ID, ADMIN_CASE.CASE_TYPE, ADMIN_CASE.RESULT,
                        ADMIN_CASE.CLOSING_DATE)
                .from(ADMIN_CASE).where(ADMIN_CASE.CLOSING_DATE.isNotNull()).orderBy(ADMIN_CASE.ID).fetch();
        Map<Integer, Integer> typicalPerYear = new HashMap<>();
        int n = 0;
        for (var c : cases) {
            CaseResult result = c.value3() == null ? null : CaseResult.valueOf(c.value3());
            boolean lost = LossRules.firstInstance(c.value2(), false) && LossRules.lost(result, false);
            int year = Integer.parseInt(c.value4().substring(0, 4));
            LossGround ground = lost && random.nextInt(100) < 85 ? pick(random) : null;
            int already = typicalPerYear.getOrDefault(year, 0);
            boolean typical = lost && year >= 2024 && already < 3 && random.nextInt(100) < 30;
            if (ground == null && !typical) {
                continue;
            }
            String[] t = TYPICAL[already % TYPICAL.length];
            if (typical) {
                typicalPerYear.put(year, already + 1);
            }
            CaseReviewRepository.save(tx, new CaseReview(c.value1(), ground, typical, typical ? already + 1 : 0,
                    typical ? t[0] : null, typical ? t[1] : null, typical ? t[2] : null));
            n++;
        }
        return n;
    }

    private static LossGround pick(Random random) {
        int r = random.nextInt(100);
        int sum = 0;
        for (Object[] g : GROUNDS) {
            sum += (Integer) g[1];
            if (r < sum) {
                return (LossGround) g[0];
            }
        }
        return LossGround.PROCEDURE;
    }
}
