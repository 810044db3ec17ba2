package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * A stored document as H2 keeps it for the stand-in: BSON, with mongo-java-server's own wire codec — the bytes
 * a client sent and is sent back — instead of H2's default, Java serialisation (ObjectOutputStream per
 * document, the stand-in's main cost: benchmarks.md findings 1, 16 and 18). A page's documents are encoded into
 * one buffer and decoded from one view of it.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private BsonDocumentType() {
    }

    /**
     * Walks the document on every put (H2 asks each value's size when estimation is off): that is where a value
     * BSON cannot hold is refused, in the request that stores it, not later in the background thread that writes
     * pages, where a failure would stop the store.
     */
    @Override
    public boolean isMemoryEstimationAllowed() {
        return false;
    }

    @Override
    public int getMemory(Document document) {
        return 32 + sizeOf(document);
    }

    @Override
    public void write(WriteBuffer buff, Document document) {
        ByteBuf bytes = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(document, bytes);
        buff.put(bytes.array(), bytes.arrayOffset(), bytes.readableBytes());
    }

    @Override
    public void write(WriteBuffer buff, Object storage, int len) {
        Document[] documents = (Document[]) storage;
        ByteBuf bytes = Unpooled.buffer(256 * len);
        for (int i = 0; i < len; i++) {
            BsonEncoder.encodeDocument(documents[i], bytes);
        }
        buff.put(bytes.array(), bytes.arrayOffset(), bytes.readableBytes());
    }

    @Override
    public Document read(ByteBuffer buff) {
        ByteBuf in = Unpooled.wrappedBuffer(buff);
        Document document = BsonDecoder.decodeBson(in);
        buff.position(buff.position() + in.readerIndex());
        return document;
    }

    @Override
    public void read(ByteBuffer buff, Object storage, int len) {
        Document[] documents = (Document[]) storage;
        ByteBuf in = Unpooled.wrappedBuffer(buff);
        for (int i = 0; i < len; i++) {
            documents[i] = BsonDecoder.decodeBson(in);
        }
        buff.position(buff.position() + in.readerIndex());
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** About the heap a value takes (for H2's page cache); throws for a value BSON cannot hold. */
    private static int sizeOf(Object value) {
        BsonEncoder.determineType(value);
        if (value instanceof Map<?, ?> map) {
            int size = 48;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 40 + 2 * ((String) entry.getKey()).length() + sizeOf(entry.getValue());
            }
            return size;
        } else if (value instanceof Collection<?> values) {
            int size = 40;
            for (Object element : values) {
                size += 8 + sizeOf(element);
            }
            return size;
        } else if (value instanceof String s) {
            return 48 + 2 * s.length();
        }
        return 24;
    }
}
