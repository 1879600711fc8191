package cn.fuyuan.desk.settings;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Vocabulary;
import java.util.Optional;

/** A setting's row named by its label, and a choice (CASE, ALL_CLOSED, false …) by the words the settings screen shows. */
public final class SettingsVocabulary implements Vocabulary {

    @Override
    public Optional<String> word(String table, String recordId, String column, Object value) {
        if (!"setting".equals(table) || !"value".equals(column)) {
            return Optional.empty();
        }
        return SettingKey.byKey(recordId).filter(k -> k.kind() == SettingKey.Kind.CHOICE).flatMap(k -> {
            String key = k.labelKey() + "." + value;
            return Messages.has(key) ? Optional.of(Messages.get(key)) : Optional.empty();
        });
    }

    @Override
    public Optional<String> recordLabel(String table, String recordId) {
        return "setting".equals(table) ? SettingKey.byKey(recordId).map(k -> Messages.get(k.labelKey())) : Optional.empty();
    }
}
