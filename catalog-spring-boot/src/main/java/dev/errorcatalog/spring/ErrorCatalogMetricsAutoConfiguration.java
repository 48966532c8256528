package dev.errorcatalog.spring;

import dev.errorcatalog.tencentcloud.TencentCloudErrors;
import io.micrometer.core.instrument.MeterRegistry;
import org.apiguardian.api.API;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * With Micrometer, a {@link MeterRegistry} and the official SDK: every {@link TencentCloudErrors} bean (the starter's
 * or the application's) counts the errors it resolves in {@value TencentCloudErrorMetrics#NAME}
 * ({@link TencentCloudErrorMetrics}). Without them, nothing.
 */
@API(status = INTERNAL, since = "0.1.0")
@AutoConfiguration(after = ErrorCatalogAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(name = {"io.micrometer.core.instrument.MeterRegistry",
        "com.tencentcloudapi.common.exception.TencentCloudSDKException"})
@ConditionalOnBean(MeterRegistry.class)
public class ErrorCatalogMetricsAutoConfiguration {
    /**
     * Hands each {@link TencentCloudErrors} bean on with the counter as its observer; the bridge is immutable, so the
     * bean is the bridge {@link TencentCloudErrors#withObserver} makes. The registry is asked for then, not before,
     * as a post-processor is made before the beans it would need.
     */
    @Bean
    static BeanPostProcessor errorCatalogTencentCloudErrorMetrics(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof TencentCloudErrors errors) {
                    return errors.withObserver(new TencentCloudErrorMetrics(errors.catalog(), registry.getObject()));
                }
                return bean;
            }
        };
    }
}
