package org.fyptracker.tracking.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * A view written by {@link ProjectViewBson} is the document Spring Data's mapping (set up as Spring Boot sets it
 * up) would store, field for field, and reads back through that mapping as the view it was: the views are written
 * one way and read the other.
 */
class ProjectViewBsonTest {

    private MappingMongoConverter springData;

    @BeforeEach
    void springBootsMapping() {
        MongoCustomConversions conversions = new MongoCustomConversions(Collections.emptyList());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        springData = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        springData.setCustomConversions(conversions);
        springData.afterPropertiesSet();
    }

    @Test
    void a_view_with_every_field_set_is_the_document_spring_data_stores() throws Exception {
        ProjectView view = everyFieldSet();

        assertThat(ProjectViewBson.of(view)).isEqualTo(storedBySpringData(view));
    }

    @Test
    void fields_without_a_value_are_left_out_as_spring_data_leaves_them_out() throws Exception {
        ProjectView view = new ProjectView();
        view.projectId = "fz-kp-001";
        view.name = "福州地铁6号线";
        ProjectView.MilestoneView milestone = new ProjectView.MilestoneView();
        milestone.milestoneId = "m1";
        view.milestones.add(milestone);
        ProjectView.RiskView risk = new ProjectView.RiskView();
        risk.riskId = "r1";
        view.risks.add(risk);

        assertThat(ProjectViewBson.of(view)).isEqualTo(storedBySpringData(view));
    }

    @Test
    void a_written_view_reads_back_through_spring_data_as_it_was() throws Exception {
        ProjectView view = everyFieldSet();

        ProjectView read = springData.read(ProjectView.class, ProjectViewBson.of(view).decode(new DocumentCodec()));

        for (Field field : StoredFields.of(ProjectView.class)) {
            if (!List.of("milestones", "risks").contains(field.getName())) {
                assertThat(field.get(read)).as(field.getName()).isEqualTo(field.get(view));
            }
        }
        for (Field field : StoredFields.of(ProjectView.MilestoneView.class)) {
            assertThat(field.get(read.milestones.get(1))).as("milestone " + field.getName())
                    .isEqualTo(field.get(view.milestones.get(1)));
        }
        for (Field field : StoredFields.of(ProjectView.RiskView.class)) {
            assertThat(field.get(read.risks.get(0))).as("risk " + field.getName()).isEqualTo(field.get(view.risks.get(0)));
        }
    }

    private static ProjectView everyFieldSet() throws IllegalAccessException {
        ProjectView view = StoredFields.filled(new ProjectView());
        view.milestones = new ArrayList<>(List.of(StoredFields.filled(new ProjectView.MilestoneView()),
                StoredFields.filled(new ProjectView.MilestoneView())));
        view.milestones.get(1).milestoneId = "m2";
        view.risks = new ArrayList<>(List.of(StoredFields.filled(new ProjectView.RiskView())));
        view.coDepartments = new ArrayList<>(List.of("fz-transport", "鼓楼区人民政府"));
        return view;
    }

    private BsonDocument storedBySpringData(ProjectView view) {
        Document document = new Document();
        springData.write(view, document);
        return document.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
    }
}
