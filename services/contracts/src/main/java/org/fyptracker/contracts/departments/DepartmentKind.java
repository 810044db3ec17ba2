package org.fyptracker.contracts.departments;

/** What sort of body a department is; supervisory bodies (人大常委会, 发改委) read rather than report. */
public enum DepartmentKind {
    /** A bureau of the city government (市直部门), e.g. 福州市大数据委. */
    CITY_BUREAU,
    /** A district government (区人民政府), e.g. 鼓楼区人民政府. */
    DISTRICT_GOVERNMENT,
    /** A county or county-level city government (县（市）人民政府). */
    COUNTY_GOVERNMENT,
    /** A management committee (管委会) of a zone or new area. */
    MANAGEMENT_COMMITTEE,
    /** A body that supervises the plan: the people's congress standing committee, the development and reform commission. */
    SUPERVISORY_BODY,
    OTHER
}
