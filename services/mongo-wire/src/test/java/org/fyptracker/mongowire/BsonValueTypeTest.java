package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

/**
 * Strings, longs and ints are written without the wire codec, but into exactly the bytes the codec writes, so a
 * file stored before reads the same and keys keep their order; and they read back as what was written.
 */
class BsonValueTypeTest {

    private static final List<Object> VALUES = List.of("", "KP-FZ15-001", "福州地铁6号线", "😀 emoji", "a\u0000b",
            "x".repeat(5000), 0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1_732_000_000_123L, 0, -7, Integer.MAX_VALUE,
            Integer.MIN_VALUE);

    @Test
    void writesTheBytesTheWireCodecWrites() {
        for (Object value : VALUES) {
            assertThat(written(value)).as("%s", value).isEqualTo(viaCodec(value));
        }
    }

    @Test
    void readsBackWhatItWroteOneAfterAnother() {
        WriteBuffer buff = new WriteBuffer();
        VALUES.forEach(value -> BsonValueType.INSTANCE.write(buff, value));
        ByteBuffer in = buff.getBuffer().flip();
        for (Object value : VALUES) {
            assertThat(BsonValueType.INSTANCE.read(in)).isEqualTo(value);
        }
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void readsAStringFromABufferThatIsNotAnArray() {
        byte[] bytes = written("鼓楼区");
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        assertThat(BsonValueType.INSTANCE.read(direct)).isEqualTo("鼓楼区");
    }

    private static byte[] written(Object value) {
        WriteBuffer buff = new WriteBuffer();
        BsonValueType.INSTANCE.write(buff, value);
        ByteBuffer bytes = buff.getBuffer().flip();
        return Arrays.copyOfRange(bytes.array(), bytes.arrayOffset(), bytes.arrayOffset() + bytes.limit());
    }

    private static byte[] viaCodec(Object value) {
        byte type = BsonEncoder.determineType(value);
        ByteBuf bytes = Unpooled.buffer();
        bytes.writeByte(type);
        BsonEncoder.encodeValue(type, value, bytes);
        byte[] array = new byte[bytes.readableBytes()];
        bytes.readBytes(array);
        return array;
    }
}
