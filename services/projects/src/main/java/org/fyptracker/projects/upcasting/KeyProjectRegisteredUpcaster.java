package org.fyptracker.projects.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.fyptracker.contracts.PlanRef;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of KeyProjectRegistered (stored without revision) had no {@code planCode}; revision 2 carries
 * it so that every project event names its plan. Old stored events are read in the new form: the plan code
 * is the first segment of the plan reference they always had.
 */
@Component
@Order(1)
public class KeyProjectRegisteredUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(KeyProjectRegistered.class.getName(), null);
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(KeyProjectRegistered.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, KeyProjectRegisteredUpcaster::addPlanCode);
    }

    static JsonNode addPlanCode(JsonNode payload) {
        if (payload instanceof ObjectNode event && !event.hasNonNull("planCode") && event.hasNonNull("planRef")) {
            event.put("planCode", new PlanRef(event.get("planRef").asText()).planCode());
        }
        return payload;
    }
}
