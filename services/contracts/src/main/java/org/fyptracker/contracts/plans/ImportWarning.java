package org.fyptracker.contracts.plans;

/** Something in the outline the importer could not place or resolve; lineNumber is 1-based in the source. */
public record ImportWarning(int lineNumber, String message) {

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + message;
    }
}
