package nl.ouderbetrokkenheid.portal.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Asks for the {@code ReactiveElasticsearchOperations} whose writes answer once searches show them
 * ({@link ReadYourWrites#visible}): {@code @Visible private final ReactiveElasticsearchOperations visible;} in a class
 * with {@code @RequiredArgsConstructor} (backend/lombok.config has Lombok copy the qualifier onto the constructor).
 * Plain {@code ReactiveElasticsearchOperations} stays the one without a wait.
 */
@Documented
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
public @interface Visible {

}
