package org.fyptracker.contracts.plans;

/**
 * One paragraph of a feature box.
 *
 * @param label the name the paragraph starts with ("…工程", "鼓楼区", "◆城市更新："), null when it has none
 * @param text  the whole paragraph exactly as written, wrapped lines joined
 * @param group the numbered group heading it sits under inside the box ("城际交通网"), or null
 */
public record BoxItem(int number, String code, String label, String text, BoxItemKind kind, String group) {
}
