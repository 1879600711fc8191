package cn.fuyuan.desk.meeting;

/**
 * A unit an attendee comes from or an item is assigned to: an agency of the directory, the court, or
 * (attendees only) free text.
 *
 * @param agencyId for AGENCY
 * @param name     the agency's name, the court's name, or the free text (resolved when read)
 */
public record Unit(Kind kind, Integer agencyId, String name) {
    public enum Kind { AGENCY, COURT, TEXT }

    public static Unit agency(int id, String name) {
        return new Unit(Kind.AGENCY, id, name);
    }

    public static Unit court(String courtName) {
        return new Unit(Kind.COURT, null, courtName);
    }

    public static Unit text(String text) {
        return new Unit(Kind.TEXT, null, text);
    }

    /** Same unit (names aside). */
    public boolean sameAs(Unit o) {
        return o != null && kind == o.kind && (kind == Kind.AGENCY ? agencyId.equals(o.agencyId)
                : kind == Kind.COURT || java.util.Objects.equals(name, o.name));
    }

    @Override
    public String toString() {
        return name == null ? "" : name;
    }
}
