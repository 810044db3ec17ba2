package org.fyptracker.departments.department;

/** Where a department is in its life; only an active one can be renamed, merged, dissolved or assigned. */
public enum DepartmentStatus {
    ACTIVE, MERGED, DISSOLVED
}
