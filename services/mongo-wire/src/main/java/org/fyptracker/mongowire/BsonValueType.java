package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * One value as H2 stores it for the stand-in: its BSON type byte, then its BSON encoding (mongo-java-server's own
 * wire codec). Used for the {@code _id} a collection's documents are keyed by, and for the positions its unique
 * indexes point at. H2's default type Java-serialised these, and serialised both sides of every B-tree comparison
 * of a type it did not know; here strings and ObjectIds compare as themselves, as they did there, so the stored
 * order (a collection's natural order) is unchanged for them.
 */
final class BsonValueType extends BasicDataType<Object> {

    static final BsonValueType INSTANCE = new BsonValueType();

    /** Not a BSON type: mongo-java-server's marker for "no value", a document without {@code _id}. */
    private static final byte MISSING = 0x7E;

    private BsonValueType() {
    }

    /**
     * A total order, as a B-tree needs: by type byte, then within a type by value (strings, ObjectIds, numbers of
     * one type, dates, booleans) or by encoding. Values of different types are different keys (1, 1L and 1.0
     * too, as under H2's default type); mongo-java-server's unique {@code _id} index has already refused the
     * duplicates MongoDB would refuse.
     */
    @Override
    public int compare(Object a, Object b) {
        if (a instanceof String s && b instanceof String t) {
            return s.compareTo(t);
        }
        int byType = Integer.compare(typeOf(a) & 0xFF, typeOf(b) & 0xFF);
        if (byType != 0) {
            return byType;
        }
        if (a instanceof ObjectId x) {
            return x.compareTo((ObjectId) b);
        } else if (a instanceof Long x) {
            return Long.compare(x, (Long) b);
        } else if (a instanceof Integer x) {
            return Integer.compare(x, (Integer) b);
        } else if (a instanceof Double x) {
            return Double.compare(x, (Double) b);
        } else if (a instanceof Instant x) {
            return x.compareTo((Instant) b);
        } else if (a instanceof Boolean x) {
            return Boolean.compare(x, (Boolean) b);
        }
        return Arrays.compareUnsigned(encoded(a), encoded(b));
    }

    @Override
    public int getMemory(Object value) {
        return value instanceof String s ? 48 + 2 * s.length() : 64;
    }

    /**
     * Strings, longs and ints — the {@code _id}s and document positions every index page holds — are written here
     * byte for byte as the wire codec writes them (BSON is little-endian; H2's buffer big-endian): through the codec,
     * each value took a Netty buffer of its own, 43% of the thread that serialises pages in a rebuild
     * (docs/benchmarks.md, finding 32). Other types still go through the codec.
     */
    @Override
    public void write(WriteBuffer buff, Object value) {
        if (value instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            buff.put(BsonConstants.TYPE_UTF8_STRING).putInt(Integer.reverseBytes(utf8.length + 1)).put(utf8).put((byte) 0);
            return;
        } else if (value instanceof Long l) {
            buff.put(BsonConstants.TYPE_INT64).putLong(Long.reverseBytes(l));
            return;
        } else if (value instanceof Integer i) {
            buff.put(BsonConstants.TYPE_INT32).putInt(Integer.reverseBytes(i));
            return;
        }
        byte type = typeOf(value);
        buff.put(type);
        if (type != MISSING) {
            ByteBuf bytes = Unpooled.buffer(32);
            BsonEncoder.encodeValue(type, value, bytes);
            buff.put(bytes.array(), bytes.arrayOffset(), bytes.readableBytes());
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        byte type = buff.get();
        if (type == MISSING) {
            return Missing.getInstance();
        } else if (type == BsonConstants.TYPE_UTF8_STRING) {
            return readString(buff);
        } else if (type == BsonConstants.TYPE_INT64) {
            return Long.reverseBytes(buff.getLong());
        } else if (type == BsonConstants.TYPE_INT32) {
            return Integer.reverseBytes(buff.getInt());
        }
        ByteBuf in = Unpooled.wrappedBuffer(buff);
        Object value = BsonDecoder.decodeValue(type, in);
        buff.position(buff.position() + in.readerIndex());
        return value;
    }

    private static String readString(ByteBuffer buff) {
        int length = Integer.reverseBytes(buff.getInt()) - 1;
        String value;
        if (buff.hasArray()) {
            value = new String(buff.array(), buff.arrayOffset() + buff.position(), length, StandardCharsets.UTF_8);
            buff.position(buff.position() + length);
        } else {
            byte[] utf8 = new byte[length];
            buff.get(utf8);
            value = new String(utf8, StandardCharsets.UTF_8);
        }
        byte end = buff.get();
        if (end != 0) {
            throw new IllegalArgumentException("a stored string does not end in 0x00 but in " + end);
        }
        return value;
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    private static byte typeOf(Object value) {
        return value instanceof Missing ? MISSING : BsonEncoder.determineType(value);
    }

    private static byte[] encoded(Object value) {
        byte type = typeOf(value);
        if (type == MISSING || type == BsonConstants.TYPE_NULL) {
            return new byte[0];
        }
        ByteBuf bytes = Unpooled.buffer(32);
        BsonEncoder.encodeValue(type, value, bytes);
        byte[] array = new byte[bytes.readableBytes()];
        bytes.readBytes(array);
        return array;
    }
}
