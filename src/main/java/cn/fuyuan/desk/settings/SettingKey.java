package cn.fuyuan.desk.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every setting with its stored key, default, label and kind. The rules of the trade that vary between
 * localities are settings, not constants (domain.md): each feature adds its keys here, in a block of its
 * own group, and the settings screen shows every group other than office and ui without further code.
 */
public enum SettingKey {
    // office: the court's identity, edited in the office section of the settings screen
    COURT_NAME("office.courtName", "", "settings.courtName", "office", Kind.TEXT),
    COURT_CODE("office.courtCode", "", "settings.courtCode", "office", Kind.TEXT),
    SUGGESTION_PREFIX("office.suggestionPrefix", "", "settings.suggestionPrefix", "office", Kind.TEXT),
    OFFICE_NAME("office.name", "府院联动办公室", "settings.officeName", "office", Kind.TEXT),
    CONTACT_PERSON("office.contactPerson", "", "settings.contactPerson", "office", Kind.TEXT),
    PHONE("office.phone", "", "settings.phone", "office", Kind.TEXT),
    ADDRESS("office.address", "", "settings.address", "office", Kind.TEXT),
    // appearance (issue 3, domain.md §8): how 出庭率 counts, and when a hearing notice is late
    APPEARANCE_UNIT("appearance.unit", "CASE", "settings.appearance.unit", "appearance", Kind.CHOICE, "CASE", "HEARING"),
    APPEARANCE_SCOPE("appearance.scope", "ALL", "settings.appearance.scope", "appearance", Kind.CHOICE, "ALL", "NOTIFIED"),
    APPEARANCE_LATE_NOTICE_DAYS("appearance.lateNoticeDays", "3", "settings.appearance.lateNoticeDays", "appearance", Kind.INTEGER),
    /** The bulletin's agency ranking: 0 prints every agency, N only the first and last N (a directory of thousands). */
    APPEARANCE_BULLETIN_AGENCY_ROWS("appearance.bulletinAgencyRows", "0", "settings.appearance.bulletinAgencyRows", "appearance", Kind.INTEGER),
    // loss (issue 3, domain.md §5, §8): what 败诉率 counts
    LOSS_INCLUDE_COMPENSATION("loss.includeCompensation", "false", "settings.loss.includeCompensation", "loss", Kind.CHOICE, "false", "true"),
    LOSS_DENOMINATOR("loss.denominator", "ALL_CLOSED", "settings.loss.denominator", "loss", Kind.CHOICE, "ALL_CLOSED", "JUDGMENT_ONLY"),
    // suggestion: 司法建议书 (domain.md §1, §8)
    SUGGESTION_REPLY_MONTHS("suggestion.replyMonths", "2", "settings.suggestion.replyMonths", "suggestion", Kind.INTEGER),
    SUGGESTION_DUE_SOON_DAYS("suggestion.dueSoonDays", "14", "settings.suggestion.dueSoonDays", "suggestion", Kind.INTEGER),
    // meeting (府院联席会议)
    MEETING_NUMBER_FORMAT("meeting.numberFormat", "〔{year}〕{n}号", "settings.meeting.numberFormat", "meeting", Kind.TEXT),
    MEETING_MINUTES_TITLE("meeting.minutesTitle", "府院联席会议纪要", "settings.meeting.minutesTitle", "meeting", Kind.TEXT),
    // backup (issue 15): the automatic daily backup keeps the newest of each of so many days, weeks and months
    BACKUP_KEEP_DAILY("backup.keepDaily", "7", "settings.backup.keepDaily", "backup", Kind.INTEGER),
    BACKUP_KEEP_WEEKLY("backup.keepWeekly", "4", "settings.backup.keepWeekly", "backup", Kind.INTEGER),
    BACKUP_KEEP_MONTHLY("backup.keepMonthly", "12", "settings.backup.keepMonthly", "backup", Kind.INTEGER),
    // whitepaper (issue 11): the annual 行政审判白皮书; {court} is office.courtName, {year} the year
    WHITEPAPER_TITLE("whitepaper.title", "{court}行政审判白皮书（{year}年）", "settings.whitepaper.title", "whitepaper", Kind.TEXT),
    /** The white paper's per-agency tables print their first N agencies (0 = all); the XLSX keeps the full lists. */
    WHITEPAPER_AGENCY_ROWS("whitepaper.agencyRows", "10", "settings.whitepaper.agencyRows", "whitepaper", Kind.INTEGER),
    // report: documents (issue 10). DEFAULT: archival documents (issued letters, issued minutes, the white paper) are
    // written PDF/A-2b; ALWAYS: every PDF
    REPORT_PDFA("report.pdfa", "DEFAULT", "settings.report.pdfa", "report", Kind.CHOICE, "DEFAULT", "ALWAYS"),
    /**
     * The contact of each court other than the office's own, for the letters it signs (issue 10 §5):
     * {@code 五原县人民法院：李四，0478-5221234；临河区人民法院：王五，0478-8511111}. A court without one gets no contact line.
     */
    REPORT_COURT_CONTACTS("report.courtContacts", "", "settings.report.courtContacts", "report", Kind.TEXT),
    /** The bulletin's 主送 line (domain.md §10). */
    APPEARANCE_BULLETIN_RECIPIENT("appearance.bulletinRecipient", "各旗县区人民政府，市直各有关单位：", "settings.appearance.bulletinRecipient",
            "appearance", Kind.TEXT),
    /** The rules the bulletin rests on, opening its first sentence (domain.md §10). */
    APPEARANCE_BULLETIN_BASIS("appearance.bulletinBasis",
            "根据《中华人民共和国行政诉讼法》第三条第三款、《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》和本市推进行政机关负责人出庭应诉工作的有关规定",
            "settings.appearance.bulletinBasis", "appearance", Kind.TEXT),
    // ui
    UI_LANGUAGE("ui.language", "zh_CN", "settings.language", "ui", Kind.CHOICE, "zh_CN", "en");

    /** What a value may be. */
    public enum Kind { TEXT, CHOICE, INTEGER }

    private final String key;
    private final String defaultValue;
    private final String labelKey;
    private final String group;
    private final Kind kind;
    private final List<String> choices;

    SettingKey(String key, String defaultValue, String labelKey, String group, Kind kind, String... choices) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.labelKey = labelKey;
        this.group = group;
        this.kind = kind;
        this.choices = List.of(choices);
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** Message key of the setting's label on the settings screen. */
    public String labelKey() {
        return labelKey;
    }

    /** office, ui, or the feature's own group (its title is the message {@code settings.group.<group>}). */
    public String group() {
        return group;
    }

    public Kind kind() {
        return kind;
    }

    /** For CHOICE: the stored values; each is shown as the message {@code <labelKey>.<value>} when that exists. */
    public List<String> choices() {
        return choices;
    }

    /** Whether the value is acceptable for this setting (INTEGER: a whole number ≥ 0). */
    public boolean accepts(String value) {
        String v = value == null ? "" : value.strip();
        return switch (kind) {
            case TEXT -> true;
            case CHOICE -> choices.contains(v);
            case INTEGER -> v.matches("\\d{1,6}");
        };
    }

    public static Optional<SettingKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** Settings shown in the generic part of the settings screen (every group but office and ui). */
    public static List<SettingKey> featureSettings() {
        return Arrays.stream(values()).filter(k -> !k.group.equals("office") && !k.group.equals("ui")).toList();
    }
}
