package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoBackend;

/** The tests' backend: in memory. */
class IndexedQueriesAnswerLikeScansTest extends IndexedQueriesAnswerLikeScans {

    @Override
    MongoBackend backend() {
        return MongoWireBackends.memory();
    }
}
