package cn.fuyuan.desk.agency;

/**
 * One agency of the directory (机关名录), with its region and field names resolved.
 *
 * @param id        null for an agency not saved yet
 * @param regionId  may be null (region unknown)
 * @param fieldId   may be null (field unknown)
 */
public record Agency(
        Integer id,
        String name,
        String shortName,
        Integer regionId,
        String regionName,
        Integer fieldId,
        String fieldName,
        AgencyLevel level,
        String headName,
        String headTitle,
        String phone,
        boolean active) {

    public Agency withId(Integer newId) {
        return new Agency(newId, name, shortName, regionId, regionName, fieldId, fieldName, level,
                headName, headTitle, phone, active);
    }

    public Agency withActive(boolean newActive) {
        return new Agency(id, name, shortName, regionId, regionName, fieldId, fieldName, level,
                headName, headTitle, phone, newActive);
    }
}
