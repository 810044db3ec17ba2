package org.fyptracker.tracking.projects;

import org.bson.BsonType;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;

/**
 * A project log entry written straight to BSON, the payload as the UTF-8 bytes of the event's JSON as they arrived
 * from Kafka. Through a {@code String} those bytes were decoded to UTF-16 when each record was read and encoded back
 * to UTF-8 when the entry was stored — a fifth of the tracking service's samples in a rebuild's profile; without it
 * tracking allocates a sixth less per event (docs/benchmarks.md, finding 42). The stored document is the one a
 * {@code Document} of the same fields makes ({@code ProjectEventLogTest}).
 */
final class ProjectEventLogBson {

    private final BasicOutputBuffer out;

    private ProjectEventLogBson(int payloadBytes) {
        this.out = new BasicOutputBuffer(256 + payloadBytes);
        out.writeInt32(0); // the document's size, written at the end
    }

    static ProjectEventLogBson entry(int payloadBytes) {
        return new ProjectEventLogBson(payloadBytes);
    }

    ProjectEventLogBson string(String name, String value) {
        if (value == null) {
            out.writeByte(BsonType.NULL.getValue());
            out.writeCString(name);
            return this;
        }
        out.writeByte(BsonType.STRING.getValue());
        out.writeCString(name);
        out.writeString(value);
        return this;
    }

    /** A string field from text already encoded as UTF-8. */
    ProjectEventLogBson utf8(String name, byte[] value) {
        out.writeByte(BsonType.STRING.getValue());
        out.writeCString(name);
        out.writeInt32(value.length + 1);
        out.writeBytes(value);
        out.writeByte(0);
        return this;
    }

    ProjectEventLogBson int64(String name, long value) {
        out.writeByte(BsonType.INT64.getValue());
        out.writeCString(name);
        out.writeInt64(value);
        return this;
    }

    RawBsonDocument done() {
        out.writeByte(0);
        out.writeInt32(0, out.getPosition());
        return new RawBsonDocument(out.getInternalBuffer(), 0, out.getPosition());
    }
}
