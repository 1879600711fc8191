package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;

/**
 * Demonstration 败诉原因 and 典型案例: most lost first-instance cases get a ground (程序违法 and 事实不清、证据不足 the most
 * frequent, as in published white papers), and each year from 2024 has three typical cases with texts written for
 * the case's type of act.
 */
public final class CaseReviewDemo {
    private static final Object[][] GROUNDS = {
        {LossGround.PROCEDURE, 32}, {LossGround.FACTS, 26}, {LossGround.LAW, 14}, {LossGround.INACTION, 14},
        {LossGround.AUTHORITY, 8}, {LossGround.UNREASONABLE, 6}};

    /**
     * Typical cases by the case's type of act, so that the words fit the case they stand on (its title names the
     * defendant and the cause): 基本案情, 裁判结果, 典型意义, with the dates, sums and steps a published case gives.
     */
    private static final Map<ActType, String[][]> TYPICAL = new java.util.EnumMap<>(Map.of(
        ActType.EXPROPRIATION, new String[][] {
            {"原告位于城区棚户区改造范围内的两层自建房（建筑面积186平方米）被纳入征收范围。被告未公布征收补偿方案，"
                + "也未就评估结果向原告送达，即作出房屋征收补偿决定，次日组织人员将房屋拆除，屋内农机具及粮食一并损毁。",
                "法院审理认为，被告作出补偿决定前未依照《国有土地上房屋征收与补偿条例》公布补偿方案、征求意见，亦未送达评估报告，"
                + "剥夺了原告申请复估和鉴定的权利；强制拆除未经申请人民法院强制执行。判决撤销补偿决定，确认强制拆除行为违法，"
                + "责令被告在判决生效后六十日内重新作出补偿决定，并赔偿屋内物品损失4.6万元。",
                "重点项目推进不能以牺牲程序为代价。本案对“先拆后补”“以拆促谈”说不，重申征收必须公告在先、评估在先、补偿在先，"
                + "强制拆除只能依法申请法院执行。判决后，被告对同一片区尚未拆除的37户重新履行了公告和评估程序。"},
            {"原告承包的集体土地32.5亩被纳入某工业园区用地范围。被告与原告所在村委会签订补偿协议后，未将补偿款中的青苗费和"
                + "地上附着物补偿费发放给原告，原告多次申请未果，遂起诉要求被告履行补偿职责。",
                "法院审理认为，地上附着物和青苗补偿费归其所有者所有，被告作为征收实施主体，负有核实并足额支付的职责。"
                + "判决被告在三个月内按原告实际种植的葵花、玉米面积核定并支付青苗费及附着物补偿费。",
                "土地补偿款“发到村”不等于“落到户”。本案厘清了征收实施主体对承包户的补偿责任，推动被告建立征地补偿款"
                + "到户公示制度，全旗当年涉征地补偿信访量明显下降。"}},
        ActType.PENALTY, new String[][] {
            {"被告在执法检查中发现原告经营的超市货架上有3袋超过保质期的袋装奶粉（货值共计237元），"
                + "当日即作出罚款5万元的处罚决定，决定书送达时未告知原告陈述、申辩及要求听证的权利。",
                "法院审理认为，被告作出较大数额罚款前未告知原告依法享有的陈述、申辩和听证权利，违反《行政处罚法》第四十四条、"
                + "第六十三条的规定；且未考虑原告系初次违法、货值较小并已主动下架等情节。判决撤销被诉处罚决定。",
                "告知程序不是“走过场”。本案提醒执法机关：罚款数额要与违法事实、情节和社会危害程度相当，"
                + "首违不罚、轻微免罚等规则应当落实到每一份处罚决定书中。"},
            {"原告驾驶的货车在国道上被查出超限运输，被告对原告处以罚款，并将车辆扣留于停车场达47天，"
                + "期间未出具扣押决定书，原告为此支付停车费8460元。",
                "法院审理认为，被告扣留车辆未制作并送达强制措施决定书，扣留期限亦超过法定期限，判决确认扣留行为违法，"
                + "由被告返还原告支付的停车费。",
                "行政处罚与行政强制措施各有其程序。本案纠正了“以扣代罚”“久扣不决”的做法，推动执法部门对涉案车辆"
                + "扣押实行台账管理和限时办结。"}},
        ActType.COERCION, new String[][] {
            {"原告在自家承包地上搭建的养殖棚圈（约420平方米）被被告认定为违法建设。被告作出限期拆除决定后，"
                + "在原告申请行政复议期间、未经催告即组织强制拆除，棚圈内饲养的羊只被临时驱散，部分走失。",
                "法院审理认为，被告实施强制拆除前未履行催告程序，未听取原告的陈述和申辩，且在复议期间未发布强制拆除公告，"
                + "违反《行政强制法》第三十五条、第四十四条。判决确认强制拆除行为违法。",
                "设施农业用地的认定关系农牧民生计。本案要求行政机关在强制拆除前把催告、公告、听取意见等程序做足，"
                + "既维护土地管理秩序，也保障群众的合法权益。"}},
        ActType.DISCLOSURE, new String[][] {
            {"原告以邮寄方式向被告申请公开其所在村近五年土地征收的批准文件、补偿标准和"
                + "补偿款发放明细。被告签收后超过二十个工作日未予答复，原告遂提起诉讼。",
                "法院审理认为，被告在法定期限内既未公开、也未告知不予公开的理由，构成不履行法定职责；"
                + "判决被告在十五个工作日内对原告的申请作出答复。",
                "政府信息公开是建设法治政府的重要内容。本案促使被告建立依申请公开登记台账和到期提醒，"
                + "并将征地批准文件、补偿标准在政府网站主动公开。"}},
        ActType.INACTION, new String[][] {
            {"原告多次向被告投诉某建筑公司拖欠其及另外11名工人的工资共计18.7万元，"
                + "被告受理投诉后既未立案调查，也未在法定期限内作出处理决定。",
                "法院审理认为，被告对拖欠劳动报酬的投诉负有调查处理的法定职责，其超过期限不作处理构成不作为；"
                + "判决被告在三十日内对原告的投诉依法作出处理。",
                "保障农民工工资支付是民生底线。本案督促被告完善欠薪投诉的受理、转办和反馈机制，"
                + "判决后该项目拖欠的工资在春节前全部发放到位。"}},
        ActType.LICENSING, new String[][] {
            {"原告申请办理牧家乐经营所需的食品经营许可证，材料齐全。被告以原告所在嘎查“尚未纳入旅游规划”为由不予许可，"
                + "该理由并非法律、法规规定的许可条件。",
                "法院审理认为，被告以法定条件之外的理由作出不予许可决定，缺乏法律依据，判决撤销该决定，"
                + "责令被告在二十日内重新作出许可决定。",
                "行政许可的条件只能由法律、法规和规章设定。本案纠正了许可审查中“附加条件”的做法，"
                + "对优化营商环境、支持农牧区特色产业发展具有示范意义。"}},
        ActType.AGREEMENT, new String[][] {
            {"被告为推进招商引资，与原告签订投资协议，约定原告投资建设农产品冷链仓储项目后给予用地和基础设施配套支持。"
                + "原告投入1200余万元建成项目后，被告以机构调整为由拒绝履行配套道路和供电设施的约定。",
                "法院审理认为，行政协议依法成立即具有约束力，机构调整不构成不履行协议的正当理由；"
                + "判决被告继续履行协议约定的配套义务，并赔偿原告因延期投产造成的损失。",
                "诚信是法治政府的基石。本案要求行政机关“新官要理旧账”，依法兑现招商引资中作出的承诺，"
                + "以稳定的预期增强市场主体的投资信心。"}},
        ActType.OTHER, new String[][] {
            {"原告因工作中受伤向被告申请工伤认定。被告以原告“未能提供劳动合同”为由作出不予认定工伤决定，"
                + "未调查原告提交的工资转账记录、考勤表和同事证言。",
                "法院审理认为，被告认定事实不清、主要证据不足，对原告与用人单位存在劳动关系的证据未予审查，"
                + "判决撤销不予认定工伤决定，责令被告重新作出认定。",
                "工伤认定关系劳动者的基本保障。本案提示行政机关全面审查当事人提交的证据，"
                + "不能以“缺少劳动合同”一概否定劳动关系。"}}));

    private CaseReviewDemo() {
    }

    /** Writes the reviews in the caller's transaction (after the cases); returns how many. */
    public static int write(DSLContext tx, Random random, int scale) {
        List<org.jooq.Record5<Integer, String, String, java.time.LocalDate, String>> cases = tx.select(ADMIN_CASE.ID, ADMIN_CASE.CASE_TYPE,
                        ADMIN_CASE.RESULT, ADMIN_CASE.CLOSING_DATE, ADMIN_CASE.ACT_TYPE)
                .from(ADMIN_CASE).where(ADMIN_CASE.CLOSING_DATE.isNotNull()).orderBy(ADMIN_CASE.ID).fetch();
        Map<Integer, Integer> typicalPerYear = new HashMap<>();
        int n = 0;
        for (var c : cases) {
            CaseResult result = c.value3() == null ? null : CaseResult.valueOf(c.value3());
            boolean lost = LossRules.firstInstance(c.value2(), false) && LossRules.lost(result, false);
            int year = c.value4().getYear();
            LossGround ground = lost && random.nextInt(100) < 85 ? pick(random) : null;
            int already = typicalPerYear.getOrDefault(year, 0);
            boolean typical = lost && year >= 2024 && already < 3 && random.nextInt(100) < 30;
            if (ground == null && !typical) {
                continue;
            }
            String[][] texts = TYPICAL.get(c.value5() == null ? ActType.OTHER : ActType.valueOf(c.value5()));
            String[] t = texts[(year + already) % texts.length];
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
