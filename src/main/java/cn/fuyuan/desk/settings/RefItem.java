package cn.fuyuan.desk.settings;

/** An entry of an editable reference list: a region (旗县区) or a field (领域). */
public record RefItem(Integer id, String name, int sortOrder, boolean active) {
    @Override
    public String toString() {
        return name;
    }
}
