package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.store.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes an agency savable. Shared by the form (live), the repository (on save) and the import. */
public final class AgencyRules {
    public static final int MAX_NAME = 100;
    /** Digits, spaces and the separators people write in phone numbers: 0478-8888888, (0478) 8888888 转 123. */
    private static final Pattern PHONE = Pattern.compile("[0-9０-９+\\-－()（） 、,，/转]{3,40}");

    private AgencyRules() {
    }

    /**
     * An agency's name as it is stored and compared, whether typed into the form or read from an import: no-break,
     * ideographic and other Unicode spaces are spaces, zero-width characters are dropped, the ends stripped (the
     * import's cell rule, {@link TabularFile#clean}) — so "测试局甲\u00a0" and "　测试局甲" are the agency 测试局甲.
     */
    public static String name(String typed) {
        return TabularFile.clean(typed);
    }

    /** Problems that need only the agency itself (uniqueness is checked against the store separately). */
    public static List<Problem> check(Agency a) {
        List<Problem> out = new ArrayList<>();
        String name = name(a.name());
        if (name.isEmpty()) {
            out.add(Problem.ofField("name", Messages.get("validation.required", Messages.get("agency.name"))));
        } else if (name.length() > MAX_NAME) {
            out.add(Problem.ofField("name", Messages.get("validation.tooLong", Messages.get("agency.name"), MAX_NAME)));
        }
        if (a.level() == null) {
            out.add(Problem.ofField("level", Messages.get("validation.required", Messages.get("agency.level"))));
        }
        if (a.phone() != null && !a.phone().isBlank() && !PHONE.matcher(a.phone().strip()).matches()) {
            out.add(Problem.ofField("phone", Messages.get("validation.phone", Messages.get("agency.phone"), a.phone().strip())));
        }
        return out;
    }

    public static String duplicateMessage(String name) {
        return Messages.get("validation.duplicate", Messages.get("agency.name"), name(name));
    }
}
