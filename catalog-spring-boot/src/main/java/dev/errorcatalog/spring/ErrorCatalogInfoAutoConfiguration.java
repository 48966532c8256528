package dev.errorcatalog.spring;

import dev.errorcatalog.ErrorCatalog;
import org.apiguardian.api.API;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * With Actuator: the catalog's installed products, their data versions and its load problems under
 * {@code /actuator/info} ({@link ErrorCatalogInfoContributor}); off with {@code management.info.errorcatalog.enabled=false}.
 * Without Actuator, nothing.
 */
@API(status = INTERNAL, since = "0.1.0")
@AutoConfiguration(after = ErrorCatalogAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.actuate.info.InfoContributor",
        "org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor"})
public class ErrorCatalogInfoAutoConfiguration {
    /** Apart, so that Actuator's condition is read only when Actuator is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(ErrorCatalog.class)
    @ConditionalOnEnabledInfoContributor("errorcatalog")
    static class InfoConfiguration {
        @Bean
        @ConditionalOnMissingBean
        ErrorCatalogInfoContributor errorCatalogInfoContributor(ErrorCatalog errorCatalog,
                                                                ResourceLoader resourceLoader) {
            return new ErrorCatalogInfoContributor(errorCatalog, resourceLoader.getClassLoader());
        }
    }
}
