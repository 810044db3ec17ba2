package org.fyptracker.tracking.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.bson.BsonBinaryWriter;
import org.bson.BsonWriter;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;

/**
 * A {@link ProjectView} written straight to BSON, field by field, as Spring Data's mapping stores it (the same
 * names, the type hint {@code _class}, no field for a null value, a {@code LocalDate} as the date of its start of
 * day in the JVM's zone, a {@code BigDecimal} as its text), so the views read back through Spring Data as before
 * ({@code ProjectViewBsonTest} holds the two to the same document). In a rebuild the writer spent most of its time
 * in Spring Data's reflective mapping and in encoding the map it made (docs/benchmarks.md, finding 37); this is one
 * pass into bytes the driver sends as they are.
 */
final class ProjectViewBson {

    private static final String TYPE_HINT = ProjectView.class.getName();
    /** What Spring Data's default converters use for a {@code LocalDate} (its {@code Jsr310Converters}). */
    private static final ZoneId DATES_IN = ZoneId.systemDefault();

    private ProjectViewBson() {
    }

    static RawBsonDocument of(ProjectView view) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(4096);
        try (BsonBinaryWriter bson = new BsonBinaryWriter(buffer)) {
            bson.writeStartDocument();
            string(bson, "_id", view.projectId);
            string(bson, "name", view.name);
            string(bson, "planRef", view.planRef);
            string(bson, "planCode", view.planCode);
            string(bson, "kind", view.kind);
            string(bson, "leadDepartment", view.leadDepartment);
            strings(bson, "coDepartments", view.coDepartments);
            string(bson, "location", view.location);
            date(bson, "plannedStart", view.plannedStart);
            date(bson, "plannedEnd", view.plannedEnd);
            decimal(bson, "plannedInvestment", view.plannedInvestment);
            decimal(bson, "investmentCompleted", view.investmentCompleted);
            if (view.milestones != null) {
                bson.writeStartArray("milestones");
                view.milestones.forEach(milestone -> milestone(bson, milestone));
                bson.writeEndArray();
            }
            string(bson, "lifecycle", view.lifecycle);
            if (view.risks != null) {
                bson.writeStartArray("risks");
                view.risks.forEach(risk -> risk(bson, risk));
                bson.writeEndArray();
            }
            date(bson, "lastReportedOn", view.lastReportedOn);
            instant(bson, "updatedAt", view.updatedAt);
            bson.writeInt64("lastSequence", view.lastSequence);
            bson.writeString("_class", TYPE_HINT);
            bson.writeEndDocument();
        }
        return new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition());
    }

    private static void milestone(BsonWriter bson, ProjectView.MilestoneView milestone) {
        bson.writeStartDocument();
        string(bson, "milestoneId", milestone.milestoneId);
        string(bson, "title", milestone.title);
        date(bson, "plannedDate", milestone.plannedDate);
        date(bson, "originalPlannedDate", milestone.originalPlannedDate);
        bson.writeInt32("weight", milestone.weight);
        string(bson, "stage", milestone.stage);
        bson.writeInt32("percentComplete", milestone.percentComplete);
        date(bson, "startedOn", milestone.startedOn);
        date(bson, "achievedOn", milestone.achievedOn);
        date(bson, "lastReportedOn", milestone.lastReportedOn);
        string(bson, "lastNarrative", milestone.lastNarrative);
        date(bson, "overdueSince", milestone.overdueSince);
        string(bson, "droppedReason", milestone.droppedReason);
        string(bson, "lastRescheduleReason", milestone.lastRescheduleReason);
        bson.writeEndDocument();
    }

    private static void risk(BsonWriter bson, ProjectView.RiskView risk) {
        bson.writeStartDocument();
        string(bson, "riskId", risk.riskId);
        string(bson, "severity", risk.severity);
        string(bson, "description", risk.description);
        date(bson, "raisedOn", risk.raisedOn);
        date(bson, "resolvedOn", risk.resolvedOn);
        string(bson, "resolution", risk.resolution);
        bson.writeEndDocument();
    }

    private static void string(BsonWriter bson, String name, String value) {
        if (value != null) {
            bson.writeString(name, value);
        }
    }

    private static void strings(BsonWriter bson, String name, List<String> values) {
        if (values == null) {
            return;
        }
        bson.writeStartArray(name);
        for (String value : values) {
            if (value == null) {
                bson.writeNull();
            } else {
                bson.writeString(value);
            }
        }
        bson.writeEndArray();
    }

    private static void date(BsonWriter bson, String name, LocalDate value) {
        if (value != null) {
            bson.writeDateTime(name, value.atStartOfDay(DATES_IN).toInstant().toEpochMilli());
        }
    }

    private static void instant(BsonWriter bson, String name, Instant value) {
        if (value != null) {
            bson.writeDateTime(name, value.toEpochMilli());
        }
    }

    private static void decimal(BsonWriter bson, String name, BigDecimal value) {
        if (value != null) {
            bson.writeString(name, value.toString());
        }
    }
}
