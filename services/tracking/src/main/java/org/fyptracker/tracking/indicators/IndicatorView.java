package org.fyptracker.tracking.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An indicator as supervisors see it: its definition, the current figure of every period with the figures
 * it replaced, the target's changes, and every event in order. The evaluation is computed when asked, from
 * this view (and the linked indicator's), never stored. {@code lastSequence} makes a redelivered event harmless.
 */
@Document("indicator_views")
public class IndicatorView {

    @Id
    public String code;
    public String planCode;
    public String category;
    public String name;
    public String parentName;
    public String unit;
    public String attribute;
    public String baselineRaw;
    public BigDecimal baselineValue;
    public List<String> baselineFlags = new ArrayList<>();
    public String targetText;
    public String growthText;
    /** The typed target in force, as JSON with its type (see {@link TargetJson}). */
    public String target;
    /** The target as the plan stated it. */
    public String plannedTarget;
    public List<String> responsibleDepartments = new ArrayList<>();
    public boolean quarterly;
    public int horizonYear;
    public List<Figure> observations = new ArrayList<>();
    public List<TargetChange> targetChanges = new ArrayList<>();
    public List<HistoryEntry> history = new ArrayList<>();
    public Instant updatedAt;
    public long lastSequence = -1;

    /** The figure a period holds now, and the figures it replaced, oldest first. */
    public static class Figure {
        public String period;
        public BigDecimal value;
        public String kind;
        public String source;
        public boolean laggedYear;
        public String note;
        public Instant recordedAt;
        public String department;
        public List<Replaced> replaced = new ArrayList<>();

        /** The same figure without the reporter's note (the public answer), as a copy. */
        Figure withoutNote() {
            Figure copy = new Figure();
            copy.period = period;
            copy.value = value;
            copy.kind = kind;
            copy.source = source;
            copy.laggedYear = laggedYear;
            copy.recordedAt = recordedAt;
            copy.department = department;
            copy.replaced = replaced;
            return copy;
        }
    }

    /** A figure a revision replaced. */
    public static class Replaced {
        public BigDecimal value;
        public String kind;
        public Instant replacedAt;
        public String reason;
    }

    /** A TargetAssigned or TargetAdjusted, with its document or approval. */
    public static class TargetChange {
        public String type;
        public String target;
        public String reference;
        public String reason;
        public Instant at;
    }

    /** One event, as it happened. */
    public static class HistoryEntry {
        public long sequence;
        public String type;
        public Instant at;
        public String department;
        public String client;
        public String period;
        public BigDecimal value;
        public String kind;
        public BigDecimal previousValue;
        public String previousKind;
        public String reference;
        public String reason;
    }
}
