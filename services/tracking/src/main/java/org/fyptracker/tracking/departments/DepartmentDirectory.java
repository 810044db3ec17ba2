package org.fyptracker.tracking.departments;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.fyptracker.contracts.departments.DepartmentDissolved;
import org.fyptracker.contracts.departments.DepartmentEvent;
import org.fyptracker.contracts.departments.DepartmentRegistered;
import org.fyptracker.contracts.departments.DepartmentRenamed;
import org.fyptracker.contracts.departments.DepartmentsMerged;
import org.fyptracker.tracking.events.EventLog;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.fyptracker.tracking.rebuild.RebuildableReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The department registry from the departments topic: department events are logged (client events are not:
 * they say nothing a supervisor reads, and carry credentials' metadata), and folded into the registry as of
 * any time — names for scorecards, kinds for the {@code district} filter.
 */
@Component
@ProcessingGroup(DepartmentDirectory.GROUP)
public class DepartmentDirectory implements RebuildableReadModel {

    public static final String GROUP = "department-registry";
    /** The department events kept, as {@link EventLog} keeps them. */
    public static final String LOG = "department_events";

    private final EventLog log;
    private final ReadModelVersions version;

    public DepartmentDirectory(MongoTemplate mongo, ObjectMapper json, ReadModelVersions version) {
        this.log = new EventLog(mongo, json, LOG);
        this.version = version;
    }

    @EventHandler
    void on(DepartmentEvent event, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        if (event instanceof DepartmentRegistered || event instanceof DepartmentRenamed
                || event instanceof DepartmentsMerged || event instanceof DepartmentDissolved) {
            log.append(event, message.getIdentifier(), sequence, at);
            version.raise(LOG);
        }
    }

    /** Code → department, as recorded before {@code before} (null: now). */
    public Map<String, DepartmentInfo> at(Instant before) {
        return fold(log.recordedBefore(before).stream().map(l -> (DepartmentEvent) l.event()).toList());
    }

    /** The registry a sequence of department events describes (a pure fold). */
    public static Map<String, DepartmentInfo> fold(List<DepartmentEvent> events) {
        Map<String, DepartmentInfo> registry = new TreeMap<>();
        for (DepartmentEvent event : events) {
            DepartmentInfo d = registry.get(event.department());
            if (event instanceof DepartmentRegistered e) {
                registry.put(e.code(), new DepartmentInfo(e.code(), e.name(), e.kind() == null ? null : e.kind().name(),
                        e.parent(), "ACTIVE", null));
            } else if (d == null) {
                continue;
            } else if (event instanceof DepartmentRenamed e) {
                registry.put(d.code(), new DepartmentInfo(d.code(), e.newName(), d.kind(), d.parent(), d.status(), d.successor()));
            } else if (event instanceof DepartmentsMerged e) {
                registry.put(d.code(), new DepartmentInfo(d.code(), d.name(), d.kind(), d.parent(), "MERGED", e.successor()));
            } else if (event instanceof DepartmentDissolved) {
                registry.put(d.code(), new DepartmentInfo(d.code(), d.name(), d.kind(), d.parent(), "DISSOLVED", null));
            }
        }
        return registry;
    }

    @Override
    @ResetHandler
    public void drop() {
        log.drop();
        version.raise(LOG);
    }

    @Override
    public List<String> collections() {
        return List.of(log.collection());
    }
}
