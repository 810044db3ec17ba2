package org.fyptracker.tracking.departments;

/**
 * A department as the registry knew it on a day.
 *
 * @param status    ACTIVE, MERGED (into {@code successor}) or DISSOLVED
 */
public record DepartmentInfo(String code, String name, String kind, String parent, String status, String successor) {

    /** A district or county government: the unit the {@code district} filter names. */
    public boolean isDistrict() {
        return "DISTRICT_GOVERNMENT".equals(kind) || "COUNTY_GOVERNMENT".equals(kind);
    }
}
