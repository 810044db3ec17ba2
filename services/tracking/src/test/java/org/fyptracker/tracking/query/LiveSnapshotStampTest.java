package org.fyptracker.tracking.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fyptracker.testkit.TestMongo;
import org.fyptracker.tracking.departments.DepartmentDirectory;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.fyptracker.tracking.projects.ProjectView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Whether a question may answer from the snapshot it holds: this process's own writes are seen at the next
 * question, another replica's once the checked stamp is older than its maximum age — at once past the stale
 * limit, else after the one background lookup that age starts (on the MongoDB-wire server: two
 * {@link ReadModelVersions} on one database are two replicas).
 */
class LiveSnapshotStampTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final String database = "stamp_" + UUID.randomUUID().toString().substring(0, 8);
    private final MongoClient client = MongoClients.create(TestMongo.uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final ReadModelVersions here = new ReadModelVersions(mongo);
    private final ReadModelVersions otherReplica = new ReadModelVersions(mongo);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void a_write_in_this_process_is_seen_at_the_next_question_however_young_the_stamp() {
        LiveSnapshots snapshots = new LiveSnapshots(here, Duration.ofHours(1), Duration.ofHours(1), Runnable::run);
        LiveSnapshots.Stamp before = snapshots.stamp(TODAY);

        here.raise(ProjectView.COLLECTION);

        assertThat(snapshots.stamp(TODAY)).isNotEqualTo(before);
    }

    @Test
    void another_replicas_write_is_seen_once_the_stamp_is_older_than_its_maximum_age() {
        LiveSnapshots trusting = new LiveSnapshots(here, Duration.ofHours(1), Duration.ofHours(1), Runnable::run);
        LiveSnapshots checking = new LiveSnapshots(here, Duration.ZERO, Duration.ZERO, Runnable::run);
        LiveSnapshots.Stamp trusted = trusting.stamp(TODAY);
        LiveSnapshots.Stamp checked = checking.stamp(TODAY);

        otherReplica.raise(DepartmentDirectory.LOG);

        assertThat(trusting.stamp(TODAY)).isEqualTo(trusted);
        assertThat(checking.stamp(TODAY)).isNotEqualTo(checked);
    }

    @Test
    void past_its_maximum_age_a_question_answers_from_the_stamp_it_has_while_one_background_lookup_reads_it_again() {
        List<Runnable> lookups = new ArrayList<>();
        LiveSnapshots snapshots = new LiveSnapshots(here, Duration.ZERO, Duration.ofHours(1), lookups::add);
        LiveSnapshots.Stamp first = snapshots.stamp(TODAY);

        otherReplica.raise(ProjectView.COLLECTION);

        assertThat(snapshots.stamp(TODAY)).as("not waiting for MongoDB").isEqualTo(first);
        assertThat(snapshots.stamp(TODAY)).isEqualTo(first);
        assertThat(lookups).as("one lookup for both questions").hasSize(1);
        lookups.get(0).run();
        assertThat(snapshots.stamp(TODAY)).isNotEqualTo(first);
        assertThat(lookups).as("the next past its age starts the next lookup").hasSize(2);
    }

    @Test
    void past_the_stale_limit_a_question_waits_for_the_lookup() {
        List<Runnable> lookups = new ArrayList<>();
        LiveSnapshots snapshots = new LiveSnapshots(here, Duration.ZERO, Duration.ZERO, lookups::add);
        LiveSnapshots.Stamp first = snapshots.stamp(TODAY);

        otherReplica.raise(ProjectView.COLLECTION);

        assertThat(snapshots.stamp(TODAY)).isNotEqualTo(first);
        assertThat(lookups).isEmpty();
    }

    @Test
    void a_new_business_day_is_a_new_stamp() {
        LiveSnapshots snapshots = new LiveSnapshots(here, Duration.ofHours(1), Duration.ofHours(1), Runnable::run);

        assertThat(snapshots.stamp(TODAY.plusDays(1))).isNotEqualTo(snapshots.stamp(TODAY));
    }
}
