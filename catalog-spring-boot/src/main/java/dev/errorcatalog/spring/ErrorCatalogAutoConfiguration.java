package dev.errorcatalog.spring;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.io.ResourceLoader;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The catalog in a Spring Boot application: one {@link ErrorCatalog} bean, loaded once from the application's class
 * loader (none when the application defines its own), and its codes through the application's message source
 * ({@link ErrorCatalogMessageSource}, set as the parent of the application's, so the application's own messages win;
 * the application's message source when it has none). With the official SDK on the class path, a
 * {@link TencentCloudErrors} and the {@link SdkProductBinding} of {@code errorcatalog.sdk.*}.
 */
@API(status = INTERNAL, since = "0.1.0")
@AutoConfiguration(after = MessageSourceAutoConfiguration.class)
@EnableConfigurationProperties(ErrorCatalogProperties.class)
public class ErrorCatalogAutoConfiguration {
    /** The catalog of every product module on the application's class path; strict if so configured. */
    @Bean
    @ConditionalOnMissingBean
    public ErrorCatalog errorCatalog(ErrorCatalogProperties properties, ResourceLoader resourceLoader) {
        return ErrorCatalog.builder().discover(resourceLoader.getClassLoader()).strict(properties.strict()).build();
    }

    /**
     * The catalog as the application's message source when it has none (no {@code messages.properties}, so Spring
     * Boot made none); otherwise {@link #errorCatalogMessageSourceParent} hangs it below the application's.
     */
    @Bean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    @ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME, search = SearchStrategy.CURRENT)
    public ErrorCatalogMessageSource messageSource(ErrorCatalog errorCatalog, ErrorCatalogProperties properties) {
        return new ErrorCatalogMessageSource(errorCatalog, properties.defaultLocale());
    }

    /**
     * Sets the catalog's message source as the parent at the end of the application's message source chain. Not a
     * bean of type {@link MessageSource} itself: a second one would make every injection of a {@code MessageSource}
     * ambiguous.
     */
    @Bean
    public static BeanPostProcessor errorCatalogMessageSourceParent(ObjectProvider<ErrorCatalog> catalog,
                                                                     ObjectProvider<ErrorCatalogProperties> properties,
                                                                     ApplicationContext context) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
                        && bean instanceof HierarchicalMessageSource source) {
                    attach(source, () -> {
                        ErrorCatalogMessageSource ours = new ErrorCatalogMessageSource(catalog.getObject(),
                                properties.getObject().defaultLocale());
                        // Spring links a child context's messages to its parent context's only where the chain
                        // still ends open; ours now ends it, so it takes over that link
                        ours.setParentMessageSource(context.getParent());
                        return ours;
                    });
                }
                return bean;
            }
        };
    }

    static void attach(HierarchicalMessageSource source, java.util.function.Supplier<ErrorCatalogMessageSource> ours) {
        HierarchicalMessageSource last = source;
        while (true) {
            if (last instanceof ErrorCatalogMessageSource) {
                return; // already in the chain
            }
            MessageSource parent = last.getParentMessageSource();
            if (parent == null) {
                last.setParentMessageSource(ours.get());
                return;
            }
            if (!(parent instanceof HierarchicalMessageSource next)) {
                return; // a chain that ends in a source with no parent to set: left as the application made it
            }
            last = next;
        }
    }

    /** The SDK bridge, when the application has the official SDK. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.tencentcloudapi.common.exception.TencentCloudSDKException")
    static class SdkConfiguration {
        @Bean
        @ConditionalOnMissingBean
        TencentCloudErrors tencentCloudErrors(ErrorCatalog errorCatalog) {
            return TencentCloudErrors.of(errorCatalog);
        }

        @Bean
        @ConditionalOnMissingBean
        SdkProductBinding sdkProductBinding(ErrorCatalog errorCatalog, ErrorCatalogProperties properties) {
            return SdkProductBinding.of(errorCatalog, properties.sdk());
        }
    }
}
