package cn.fuyuan.desk.settings;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The office settings form: court name and code, suggestion prefix, office, contact; and the UI language. */
public final class SettingsViewModel {
    /** 内08, 内0802, 吉01, 最高法 … (domain.md §4). */
    public static final Pattern COURT_CODE = Pattern.compile("最高法|[\\u4e00-\\u9fa5](\\d{2}|\\d{4})?");

    private final SettingsRepository repository;
    private final StringProperty courtName = new SimpleStringProperty("");
    private final StringProperty courtCode = new SimpleStringProperty("");
    private final StringProperty suggestionPrefix = new SimpleStringProperty("");
    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty contactPerson = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Messages.CHINESE);
    /** The feature settings (appearance, suggestions, …) by key, as text. */
    private final java.util.Map<SettingKey, StringProperty> feature = new java.util.EnumMap<>(SettingKey.class);

    private java.util.Map<SettingKey, String> loaded;

    public SettingsViewModel(SettingsRepository repository) {
        this.repository = repository;
        for (SettingKey k : SettingKey.featureSettings()) {
            feature.put(k, new SimpleStringProperty(k.defaultValue()));
        }
    }

    /** The form of the settings of {@code db}. */
    public static SettingsViewModel of(cn.fuyuan.desk.store.Database db) {
        return new SettingsViewModel(new SettingsRepository(db));
    }

    /** Whether a setting is written as a pattern with places ({year}, {n}, {court}) that the documents fill in. */
    public static boolean isPattern(SettingKey key) {
        return key.kind() == SettingKey.Kind.TEXT && key.defaultValue().contains("{");
    }

    /**
     * What a pattern setting prints, as a clerk reads it: 〔2026〕12号 for 〔{year}〕{n}号 — the human hint the form shows
     * instead of the pattern's syntax. {@code n} stands for a sequence number, {@code court} for the court's name.
     */
    public static String example(String pattern, int year, int n, String court) {
        if (pattern == null) {
            return "";
        }
        return pattern.replace("{year}", Integer.toString(year)).replace("{n}", Integer.toString(n))
                .replace("{court}", court == null || court.isBlank() ? Messages.get("settings.example.court") : court.strip());
    }

    /** The value of a feature setting as the form edits it. */
    public StringProperty featureProperty(SettingKey key) {
        return feature.get(key);
    }

    public void load() {
        OfficeSettings o = repository.office();
        courtName.set(o.courtName());
        courtCode.set(o.courtCode());
        suggestionPrefix.set(o.suggestionPrefix());
        officeName.set(o.officeName());
        contactPerson.set(o.contactPerson());
        phone.set(o.phone());
        address.set(o.address());
        language.set(Messages.parseLocale(repository.get(SettingKey.UI_LANGUAGE)));
        feature.forEach((k, p) -> p.set(repository.get(k)));
        loaded = values();
    }

    /** The values as the form shows them, by key (the language as its tag). */
    private java.util.Map<SettingKey, String> values() {
        java.util.Map<SettingKey, String> values = SettingsRepository.values(new OfficeSettings(courtName.get(), courtCode.get(),
                suggestionPrefix.get(), officeName.get(), contactPerson.get(), phone.get(), address.get()));
        feature.forEach((k, p) -> values.put(k, p.get()));
        values.put(SettingKey.UI_LANGUAGE, Messages.tag(language.get()));
        return values;
    }

    /** Whether the form shows values other than those loaded or last saved. */
    public boolean isDirty() {
        return loaded != null && !loaded.equals(values());
    }

    public List<Problem> validate() {
        List<Problem> out = new ArrayList<>();
        if (courtName.get() == null || courtName.get().isBlank()) {
            out.add(Problem.ofField("courtName", Messages.get("validation.required", Messages.get("settings.courtName"))));
        }
        String code = courtCode.get() == null ? "" : courtCode.get().strip();
        if (!code.isEmpty() && !COURT_CODE.matcher(code).matches()) {
            out.add(Problem.ofField("courtCode", Messages.get("settings.badCourtCode", code)));
        }
        String prefix = suggestionPrefix.get() == null ? "" : suggestionPrefix.get().strip();
        if (!prefix.isEmpty() && (prefix.contains("〔") || prefix.matches(".*\\d.*"))) {
            out.add(Problem.ofField("suggestionPrefix", Messages.get("settings.badPrefix", prefix)));
        }
        feature.forEach((k, p) -> {
            if (!k.accepts(p.get())) {
                out.add(Problem.ofField(k.key(), Messages.get("settings.badValue", Messages.get(k.labelKey()), p.get() == null ? "" : p.get())));
            }
        });
        return out;
    }

    /** Saves the office settings (one transaction); returns true if the language changed. */
    public boolean save() {
        List<Problem> problems = validate();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        java.util.Map<SettingKey, String> values = values();
        String tag = values.get(SettingKey.UI_LANGUAGE);
        boolean changed = !tag.equals(Messages.tag(Messages.parseLocale(repository.get(SettingKey.UI_LANGUAGE))));
        repository.saveAll(values); // one transaction for the whole form
        loaded = values;
        if (changed) {
            Messages.setLocale(language.get());
        }
        return changed;
    }

    public StringProperty courtNameProperty() {
        return courtName;
    }

    public StringProperty courtCodeProperty() {
        return courtCode;
    }

    public StringProperty suggestionPrefixProperty() {
        return suggestionPrefix;
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public StringProperty contactPersonProperty() {
        return contactPerson;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }
}
