package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoBackend;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's backend: documents in an H2 file, as BSON, keyed by their {@code _id}. */
class IndexedQueriesAnswerLikeScansOnH2Test extends IndexedQueriesAnswerLikeScans {

    @TempDir
    static Path dir;

    @Override
    MongoBackend backend() {
        return MongoWireBackends.h2(dir.resolve("answers.mv").toString());
    }
}
