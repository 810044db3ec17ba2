package org.fyptracker.tracking.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fyptracker.contracts.plans.TypedTarget;

/** Typed targets kept in the view as JSON with their type name, exactly as the events carry them. */
public final class TargetJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TargetJson() {
    }

    public static String write(TypedTarget target) {
        try {
            return target == null ? null : JSON.writeValueAsString(target);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write target " + target, e);
        }
    }

    public static TypedTarget read(String json) {
        try {
            return json == null ? null : JSON.readValue(json, TypedTarget.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read target " + json, e);
        }
    }
}
