package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fyptracker.contracts.plans.Indicator;

/**
 * The names under which the plan's prose speaks of a main indicator. The table's name is usually longer than
 * the prose's ("单位地区生产总值二氧化碳排放降低", "城市细颗粒物（PM2.5）浓度"), so the core name drops
 * spaces, bracketed qualifiers and markup, and a trailing direction word (增长, 降低, 提高, 下降). Where the
 * prose uses a different wording the aliases below say so — curated, one line per indicator name, reviewed
 * against the seed texts (docs/plan-catalog.md lists them and the indicators the text still never names).
 */
final class IndicatorNames {

    /**
     * Core name → the wording the prose uses for what the indicator measures (托育 for 入托率, 水质 for the
     * water-body ratios). A broader field that would place the indicator across half the plan is not an alias
     * (服务业 for 服务业增加值, 森林 for 森林覆盖率). Reviewed against both seed texts; shared by both plans.
     */
    static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("全社会研发经费投入", List.of("研发投入")),
            Map.entry("研发经费投入", List.of("研发投入")),
            Map.entry("每万人口高价值发明专利拥有量", List.of("高价值专利")),
            Map.entry("居民人均可支配收入", List.of("城乡居民收入")),
            Map.entry("城镇居民人均可支配收入", List.of("城乡居民收入")),
            Map.entry("3岁以下婴幼儿入托率", List.of("托育")),
            Map.entry("养老机构护理型床位占比", List.of("护理型床位")),
            Map.entry("单位地区生产总值二氧化碳排放", List.of("碳排放双控")),
            Map.entry("城市细颗粒物浓度", List.of("颗粒物浓度")),
            Map.entry("空气质量优良天数比例", List.of("空气质量")),
            Map.entry("空气质量优良天数比率", List.of("空气质量")),
            Map.entry("优良水体比例", List.of("水质")),
            Map.entry("地表水达到或好于Ⅲ类水体比例", List.of("水质")),
            Map.entry("粮食综合生产能力", List.of("粮食产能")),
            Map.entry("文旅经济增加值", List.of("文旅经济")),
            Map.entry("规模以上文化产业营收总额", List.of("文化产业")),
            Map.entry("省级专精特新中小企业数量", List.of("专精特新")),
            Map.entry("新培养高技能人才", List.of("高技能人才")),
            Map.entry("绿化覆盖率", List.of("绿化")),
            Map.entry("亿元GDP生产安全事故死亡率", List.of("安全生产")));

    private static final String DIRECTION = "(增长|降低|提高|下降)$";

    private IndicatorNames() {
    }

    static List<String> of(Indicator indicator) {
        List<String> names = new ArrayList<>();
        names.add(core(indicator.name()));
        if (indicator.parentName() != null) {
            names.add(core(indicator.parentName()));
        }
        for (String name : List.copyOf(names)) {
            names.addAll(ALIASES.getOrDefault(name, List.of()));
        }
        return names.stream().filter(n -> n.length() >= 2).distinct().toList();
    }

    /** "城市细颗粒物 (PM _{2.5}) 浓度" → "城市细颗粒物浓度"; "地区生产总值增长" → "地区生产总值". */
    static String core(String name) {
        return compact(name).replaceAll("[（(][^）)]*[）)]", "").replaceAll(DIRECTION, "");
    }

    /** Spaces, full-width spaces and the converter's subscript markup removed. */
    static String compact(String text) {
        return text.replaceAll("_\\{([^}]*)}", "$1").replaceAll("[\\s\\u3000]+", "");
    }
}
