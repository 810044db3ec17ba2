package org.fyptracker.indicators.departments;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Which departments report an indicator: what a department merge has to move. */
@Document("indicator_responsibility")
public record IndicatorResponsibility(@Id String code, @Indexed List<String> departments) {
}
