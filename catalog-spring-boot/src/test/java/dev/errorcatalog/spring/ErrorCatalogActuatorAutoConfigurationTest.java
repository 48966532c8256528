package dev.errorcatalog.spring;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The metrics and info auto-configurations: there with Micrometer and Actuator, and nothing new without them. */
class ErrorCatalogActuatorAutoConfigurationTest {
    private static final AutoConfigurations STARTER = AutoConfigurations.of(MessageSourceAutoConfiguration.class,
            ErrorCatalogAutoConfiguration.class, ErrorCatalogMetricsAutoConfiguration.class,
            ErrorCatalogInfoAutoConfiguration.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(STARTER);

    private static final String COUNTER = "errorCatalogTencentCloudErrorMetrics";

    private static double resolveOne(TencentCloudErrors errors, MeterRegistry registry) {
        errors.resolve("kms", new TencentCloudSDKException("m", "r", "FailedOperation.X1"), Locale.ENGLISH);
        return registry.find(TencentCloudErrorMetrics.NAME).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void withARegistryEveryResolvedErrorIsCountedAndActuatorGetsTheInfo() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(ErrorCatalogInfoContributor.class).hasBean(COUNTER);
            assertEquals(1.0, resolveOne(context.getBean(TencentCloudErrors.class), context.getBean(MeterRegistry.class)));
        });
    }

    @Test
    void theApplicationsOwnBridgeIsCountedToo() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean("own", TencentCloudErrors.class, () -> TencentCloudErrors.of(dev.errorcatalog.ErrorCatalog.load()))
                .run(context -> assertEquals(1.0, resolveOne(context.getBean(TencentCloudErrors.class),
                        context.getBean(MeterRegistry.class))));
    }

    @Test
    void withMicrometerButNoRegistryNothingIsCounted() {
        runner.run(context -> assertThat(context).doesNotHaveBean(COUNTER));
    }

    @Test
    void theInfoContributionCanBeTurnedOff() {
        runner.withPropertyValues("management.info.errorcatalog.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ErrorCatalogInfoContributor.class));
    }

    @Test
    void anApplicationWithoutMicrometerAndActuatorGetsNoNewBeans() {
        AtomicReference<Set<String>> before = new AtomicReference<>();
        // what the starter made before metrics and info were added
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class, ErrorCatalogAutoConfiguration.class))
                .run(context -> before.set(new TreeSet<>(List.of(context.getBeanDefinitionNames()))));
        runner.withClassLoader(new FilteredClassLoader("io.micrometer", "org.springframework.boot.actuate"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertEquals(before.get(), new TreeSet<>(List.of(context.getBeanDefinitionNames())));
                });
        // nor one with Micrometer's registry but without the SDK: there is nothing to count
        runner.withClassLoader(new FilteredClassLoader("com.tencentcloudapi", "org.springframework.boot.actuate"))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(COUNTER)
                        .doesNotHaveBean(ErrorCatalogInfoContributor.class));
    }
}
