package cn.fuyuan.desk.store;

/**
 * One reason a save or an import is refused.
 *
 * @param field   the field id the form highlights (e.g. "name"), or the column header of an import
 * @param row     the 1-based row of an import file (the header is row 1); 0 for a form
 * @param message the user's message, already in the UI language, naming the field
 */
public record Problem(String field, int row, String message) {
    public static Problem ofField(String field, String message) {
        return new Problem(field, 0, message);
    }

    @Override
    public String toString() {
        return message;
    }
}
