package org.fyptracker.contracts.plans;

/**
 * What a box item is. Rules (applied to the item's label, see the importer's BoxItemReader):
 * <ul>
 *   <li>{@link #PROGRAMME}: the label names a programme, i.e. ends with 工程, 行动, 计划 or 项目;
 *       these become key projects to track.</li>
 *   <li>{@link #DIRECTION}: any other label, e.g. a district (鼓楼区), a field (海港) or a scene (演艺和赛事场景);
 *       it states a direction of work rather than a named programme.</li>
 *   <li>{@link #OTHER}: no label (an introductory or free paragraph).</li>
 * </ul>
 */
public enum BoxItemKind {
    PROGRAMME,
    DIRECTION,
    OTHER
}
