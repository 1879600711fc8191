package cn.fuyuan.desk.settings;

/**
 * Every setting with its stored key and default. Later features add their own keys here, so that the
 * rules of the trade that vary between localities are settings, not constants.
 */
public enum SettingKey {
    COURT_NAME("office.courtName", ""),
    COURT_CODE("office.courtCode", ""),
    SUGGESTION_PREFIX("office.suggestionPrefix", ""),
    OFFICE_NAME("office.name", "府院联动办公室"),
    CONTACT_PERSON("office.contactPerson", ""),
    PHONE("office.phone", ""),
    ADDRESS("office.address", ""),
    UI_LANGUAGE("ui.language", "zh_CN");

    private final String key;
    private final String defaultValue;

    SettingKey(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** Message key of the setting's label on the settings screen. */
    public String labelKey() {
        return switch (this) {
            case COURT_NAME -> "settings.courtName";
            case COURT_CODE -> "settings.courtCode";
            case SUGGESTION_PREFIX -> "settings.suggestionPrefix";
            case OFFICE_NAME -> "settings.officeName";
            case CONTACT_PERSON -> "settings.contactPerson";
            case PHONE -> "settings.phone";
            case ADDRESS -> "settings.address";
            case UI_LANGUAGE -> "settings.language";
        };
    }

    public static java.util.Optional<SettingKey> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
