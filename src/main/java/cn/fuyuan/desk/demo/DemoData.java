package cn.fuyuan.desk.demo;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * A deterministic demonstration dataset (same seed and scale, same data) set in 巴彦淖尔 (Inner Mongolia,
 * court code 内08). Every later feature extends it; {@code scale} multiplies it for benchmarks.
 */
public final class DemoData {
    public static final long DEFAULT_SEED = 20251;

    /** The regions (旗县区) of the demonstration city, 市本级 first. */
    static final List<String> REGIONS = List.of("市本级", "临河区", "五原县", "磴口县", "乌拉特前旗", "乌拉特中旗", "乌拉特后旗", "杭锦后旗");

    /** City-level agencies: name, short name, field. */
    private static final String[][] CITY_AGENCIES = {
        {"巴彦淖尔市人民政府", "市政府", "其他"},
        {"巴彦淖尔市公安局", "市公安局", "公安"},
        {"巴彦淖尔市住房和城乡建设局", "市住建局", "住建"},
        {"巴彦淖尔市自然资源局", "市自然资源局", "自然资源"},
        {"巴彦淖尔市市场监督管理局", "市市场监管局", "市场监管"},
        {"巴彦淖尔市生态环境局", "市生态环境局", "生态环境"},
        {"巴彦淖尔市人力资源和社会保障局", "市人社局", "人社"},
        {"巴彦淖尔市交通运输局", "市交通运输局", "交通运输"},
        {"巴彦淖尔市城市管理综合执法局", "市城管局", "城市管理"},
    };

    /** County-level agencies per region: name suffix, short suffix, field. */
    private static final String[][] COUNTY_AGENCIES = {
        {"人民政府", "政府", "其他"},
        {"公安局", "公安局", "公安"},
        {"住房和城乡建设局", "住建局", "住建"},
        {"自然资源局", "自然资源局", "自然资源"},
        {"市场监督管理局", "市场监管局", "市场监管"},
        {"人力资源和社会保障局", "人社局", "人社"},
        {"城市管理综合执法局", "城管局", "城市管理"},
    };

    private static final String[] TOWNS = {"城关镇", "新华镇", "隆兴昌镇", "巴彦高勒镇", "乌拉山镇", "海流图镇", "巴音宝力格镇", "陕坝镇",
        "干召庙镇", "八一乡", "胜丰镇", "塔尔湖镇", "沙海镇", "补隆淖镇", "白脑包镇"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡",
        "郭", "何", "高", "林", "罗", "乌", "巴", "其其格", "额尔敦"};
    private static final String[] GIVEN = {"建国", "志强", "海军", "丽娟", "永胜", "晓东", "春梅", "国庆", "文斌", "秀英", "宏伟",
        "巴特尔", "苏和", "敖登", "明", "华", "军", "勇", "磊", "静"};

    private DemoData() {
    }

    /** Writes the dataset into an empty database in one transaction; refuses a database that has agencies. */
    public static Map<String, Integer> write(Database db, int scale, long seed, LongConsumer progress) {
        if (scale < 1 || scale > 10_000) {
            throw new IllegalArgumentException(Messages.get("demo.badScale", scale));
        }
        if (new AgencyRepository(db).count() > 0) {
            throw new StoreException(Messages.get("demo.notEmpty", db.file()));
        }
        return db.write(tx -> {
            Random random = new Random(seed);
            Map<String, Integer> counts = new LinkedHashMap<>();
            SettingsRepository.put(tx, SettingKey.COURT_NAME, "巴彦淖尔市中级人民法院");
            SettingsRepository.put(tx, SettingKey.COURT_CODE, "内08");
            SettingsRepository.put(tx, SettingKey.SUGGESTION_PREFIX, "巴法建");
            SettingsRepository.put(tx, SettingKey.OFFICE_NAME, "巴彦淖尔市中级人民法院府院联动办公室");
            SettingsRepository.put(tx, SettingKey.CONTACT_PERSON, "李文静");
            SettingsRepository.put(tx, SettingKey.PHONE, "0478-8210000");
            SettingsRepository.put(tx, SettingKey.ADDRESS, "内蒙古自治区巴彦淖尔市临河区胜利北路");

            Map<String, RefItem> regions = new LinkedHashMap<>();
            ReferenceList regionList = new ReferenceList(db, ReferenceList.Kind.REGION);
            for (String r : REGIONS) {
                regions.put(r, regionList.save(tx, new RefItem(null, r, 0, true)));
            }
            Map<String, RefItem> fields = new LinkedHashMap<>();
            ReferenceList fieldList = new ReferenceList(db, ReferenceList.Kind.FIELD);
            for (String f : ReferenceList.DEFAULT_FIELDS) {
                fields.put(f, fieldList.save(tx, new RefItem(null, f, 0, true)));
            }
            counts.put("regions", regions.size());
            counts.put("fields", fields.size());

            List<Agency> agencies = new ArrayList<>();
            for (int copy = 1; copy <= scale; copy++) {
                String tag = copy == 1 ? "" : "（" + copy + "）";
                RefItem city = regions.get("市本级");
                for (String[] a : CITY_AGENCIES) {
                    agencies.add(agency(a[0] + tag, a[1] + tag, city, fields.get(a[2]), AgencyLevel.CITY, random));
                }
                for (String regionName : REGIONS.subList(1, REGIONS.size())) {
                    RefItem region = regions.get(regionName);
                    for (String[] a : COUNTY_AGENCIES) {
                        agencies.add(agency(regionName + a[0] + tag, shortRegion(regionName) + a[1] + tag, region,
                                fields.get(a[2]), AgencyLevel.COUNTY, random));
                    }
                    for (int t = 0; t < 2; t++) {
                        String town = TOWNS[random.nextInt(TOWNS.length)];
                        String name = regionName + town + "人民政府" + tag;
                        if (agencies.stream().noneMatch(x -> x.name().equals(name))) {
                            agencies.add(agency(name, town + "政府" + tag, region, fields.get("乡镇政府"), AgencyLevel.TOWNSHIP, random));
                        }
                    }
                }
            }
            long done = 0;
            for (Agency a : agencies) {
                AgencyRepository.save(tx, a);
                if (progress != null) {
                    progress.accept(++done);
                }
            }
            counts.put("agencies", agencies.size());
            counts.putAll(cn.fuyuan.desk.caseload.CaseloadDemo.write(tx, random, scale));
            // a stream of its own, so the letters and meetings below stay as they were
            counts.put("caseReviews", cn.fuyuan.desk.caseload.CaseReviewDemo.write(tx, new Random(seed ^ 0x5EEDL), scale));
            counts.put("suggestions", cn.fuyuan.desk.suggestion.SuggestionDemo.write(tx, random, scale, "巴法建"));
            counts.putAll(cn.fuyuan.desk.meeting.MeetingDemo.write(tx, random, scale));
            return counts;
        });
    }

    private static String shortRegion(String region) {
        return region.length() > 2 ? region.substring(0, region.length() - 1) : region;
    }

    private static Agency agency(String name, String shortName, RefItem region, RefItem field, AgencyLevel level, Random random) {
        String head = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String title = switch (level) {
            case CITY -> name.contains("人民政府") ? "市长" : "局长";
            case COUNTY -> name.contains("人民政府") ? region.name().substring(region.name().length() - 1) + "长" : "局长";
            case TOWNSHIP -> "镇长";
        };
        String phone = "0478-" + (8_000_000 + random.nextInt(999_999));
        return new Agency(null, name, shortName, region.id(), region.name(), field.id(), field.name(), level, head, title, phone, true);
    }

}
