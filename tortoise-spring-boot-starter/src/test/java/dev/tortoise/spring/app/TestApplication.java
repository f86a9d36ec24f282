package dev.tortoise.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Spring Boot application: Tortoise comes in through auto-configuration alone. */
@SpringBootApplication
public class TestApplication {
}
