package cn.fuyuan.desk.settings;

import static cn.fuyuan.desk.store.jooq.Tables.SETTING;

import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.AutoBackup;
import cn.fuyuan.desk.store.Database;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;

/** Key-value settings with defaults; each change is one history row per key. */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    /** A whole-number setting (Kind.INTEGER), its default when unset. */
    public int getInt(SettingKey key) {
        return Integer.parseInt(get(key).strip());
    }

    /** How many automatic backups to keep (settings of the backup group). */
    public AutoBackup.Retention backupRetention() {
        return new AutoBackup.Retention(getInt(SettingKey.BACKUP_KEEP_DAILY), getInt(SettingKey.BACKUP_KEEP_WEEKLY),
                getInt(SettingKey.BACKUP_KEEP_MONTHLY));
    }

    public String get(SettingKey key) {
        return stored(key).orElse(key.defaultValue());
    }

    /** The value the office stored, if it stored one (no default). */
    public java.util.Optional<String> stored(SettingKey key) {
        return db.dsl().select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key.key())).fetchOptional(SETTING.VALUE);
    }

    public Map<SettingKey, String> all() {
        Map<String, String> stored = new HashMap<>();
        db.dsl().selectFrom(SETTING).forEach(r -> stored.put(r.getKey(), r.getValue()));
        Map<SettingKey, String> out = new EnumMap<>(SettingKey.class);
        for (SettingKey k : SettingKey.values()) {
            out.put(k, stored.getOrDefault(k.key(), k.defaultValue()));
        }
        return out;
    }

    public OfficeSettings office() {
        Map<SettingKey, String> a = all();
        return new OfficeSettings(a.get(SettingKey.COURT_NAME), a.get(SettingKey.COURT_CODE),
                a.get(SettingKey.SUGGESTION_PREFIX), a.get(SettingKey.OFFICE_NAME), a.get(SettingKey.CONTACT_PERSON),
                a.get(SettingKey.PHONE), a.get(SettingKey.ADDRESS));
    }

    public void saveOffice(OfficeSettings o) {
        saveAll(values(o));
    }

    /** The office settings as setting values (the inverse of {@link #office()}). */
    public static Map<SettingKey, String> values(OfficeSettings o) {
        Map<SettingKey, String> m = new EnumMap<>(SettingKey.class);
        m.put(SettingKey.COURT_NAME, o.courtName());
        m.put(SettingKey.COURT_CODE, o.courtCode());
        m.put(SettingKey.SUGGESTION_PREFIX, o.suggestionPrefix());
        m.put(SettingKey.OFFICE_NAME, o.officeName());
        m.put(SettingKey.CONTACT_PERSON, o.contactPerson());
        m.put(SettingKey.PHONE, o.phone());
        m.put(SettingKey.ADDRESS, o.address());
        return m;
    }

    public void put(SettingKey key, String value) {
        saveAll(Map.of(key, value));
    }

    /** Saves the values in one transaction. */
    public void saveAll(Map<SettingKey, String> values) {
        db.writeVoid(tx -> values.forEach((k, v) -> put(tx, k, v)));
    }

    /** Within a caller's transaction. */
    public static void put(DSLContext tx, SettingKey key, String value) {
        String v = value == null ? "" : value.strip();
        if (!key.accepts(v)) {
            throw new cn.fuyuan.desk.store.ValidationException(cn.fuyuan.desk.store.Problem.ofField(key.key(),
                    cn.fuyuan.desk.i18n.Messages.get("settings.badValue", cn.fuyuan.desk.i18n.Messages.get(key.labelKey()), v)));
        }
        String old = tx.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key.key())).fetchOne(SETTING.VALUE);
        boolean exists = tx.fetchExists(SETTING, SETTING.KEY.eq(key.key()));
        if (exists ? Objects.equals(old, v) : v.equals(key.defaultValue().strip())) {
            // unchanged: the stored value again, or the default of a setting never stored (a settings page saved with
            // one edit writes, and records in the history, that one value only)
            return;
        }
        if (exists) {
            tx.update(SETTING).set(SETTING.VALUE, v).where(SETTING.KEY.eq(key.key())).execute();
            Audit.log(tx, SETTING, key.key(), Audit.Action.UPDATE, Map.of("value", String.valueOf(old)), Map.of("value", v));
        } else {
            tx.insertInto(SETTING).set(SETTING.KEY, key.key()).set(SETTING.VALUE, v).execute();
            Audit.log(tx, SETTING, key.key(), Audit.Action.INSERT, null, Map.of("value", v));
        }
    }
}
