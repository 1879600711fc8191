package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.settings.OfficeSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who answers for the court that signs a letter (issue 10 §5): the office's own contact for the office's court, and for
 * a basic court the contact the setting {@code report.courtContacts} gives it —
 * {@code 五原县人民法院：李四，0478-5221234；临河区人民法院：王五，0478-8511111} (full-width or ASCII separators, or one
 * court a line). A basic court without an entry gets no contact line: never the middle court's, which would send the
 * agency to the wrong court.
 */
public final class CourtContacts {
    private final OfficeSettings office;
    private final Map<String, String> lines = new LinkedHashMap<>();

    /** The contacts of the office and of the courts in {@code setting}. */
    public CourtContacts(OfficeSettings office, String setting) {
        this.office = office;
        if (setting != null) {
            for (String entry : setting.split("[；;\\n]")) {
                String[] courtAndRest = entry.strip().split("[：:]", 2);
                if (courtAndRest.length == 2 && !courtAndRest[0].isBlank()) {
                    String[] personAndPhone = courtAndRest[1].strip().split("[，,、\\s]+", 2);
                    lines.put(courtAndRest[0].strip(), line(personAndPhone[0], personAndPhone.length > 1 ? personAndPhone[1] : null));
                }
            }
        }
    }

    /** The contact line of a letter signed by {@code court} (null or the office's court: the office's contact), or "". */
    public String of(String court) {
        if (court == null || court.isBlank() || court.strip().equals(office.courtName() == null ? "" : office.courtName().strip())) {
            return line(office.contactPerson(), office.phone());
        }
        return lines.getOrDefault(court.strip(), "");
    }

    /** 联系人：张三，联系电话：0478-8123456 (either part left out when blank). */
    static String line(String person, String phone) {
        StringBuilder s = new StringBuilder();
        if (person != null && !person.isBlank()) {
            s.append("联系人：").append(person.strip());
        }
        if (phone != null && !phone.isBlank()) {
            s.append(s.length() > 0 ? "，" : "").append("联系电话：").append(phone.strip());
        }
        return s.toString();
    }
}
