package dev.errorcatalog.spring;

import dev.errorcatalog.testing.ReadmeBlock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/** The README's Spring Boot controller is the one the application test calls over HTTP. */
class ReadmeSpringBootTest {
    @Test
    void theReadmeShowsExactlyTheControllerTheTestRuns() throws IOException {
        ReadmeBlock.assertShowsExactly("spring-boot", Path.of("src/test/java/dev/errorcatalog/spring/app/KeyController.java"));
    }
}
