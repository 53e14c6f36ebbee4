package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/**
 * A document's {@code Instant}, stored as the index definitions map it: a {@code date} in {@code date_time} format
 * ({@code @Timestamp private Instant createdAt;}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.ANNOTATION_TYPE })
@Field(type = FieldType.Date, format = DateFormat.date_time)
public @interface Timestamp {

}
