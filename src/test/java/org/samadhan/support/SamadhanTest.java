package org.samadhan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo district loaded, on the test profile's
 * in-memory H2, or on the PostgreSQL database {@code SPRING_DATASOURCE_URL} names (as {@code .ci/run}
 * does). Tests share the database within a context, so each makes its own complaints with its
 * own mobile numbers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface SamadhanTest {
}
