package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The key of a unique index (mongo-java-server's {@link KeyValue}: the indexed fields' values) as H2 stores it:
 * the number of values, then each as a {@link BsonValueType}. {@code KeyValue} is not {@code Comparable}, so under
 * H2's default type every comparison in the index's B-tree — every {@code _id} insert and lookup — Java-serialised
 * both keys; here they compare value by value.
 */
final class BsonKeyValueType extends BasicDataType<KeyValue> {

    static final BsonKeyValueType INSTANCE = new BsonKeyValueType();

    private BsonKeyValueType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int c = BsonValueType.INSTANCE.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 24;
        for (Object value : key) {
            memory += BsonValueType.INSTANCE.getMemory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buff, KeyValue key) {
        buff.putVarInt(key.size());
        for (Object value : key) {
            BsonValueType.INSTANCE.write(buff, value);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buff) {
        int size = DataUtils.readVarInt(buff);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(BsonValueType.INSTANCE.read(buff));
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
