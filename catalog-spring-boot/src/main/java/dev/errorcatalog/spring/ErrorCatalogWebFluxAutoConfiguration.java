package dev.errorcatalog.spring;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.DispatcherHandler;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * In a reactive web application with Spring WebFlux, what {@link ErrorCatalogWebMvcAutoConfiguration} is in a servlet
 * one: the library's exceptions ({@link ErrorCatalogReactiveProblemAdvice}) and, with the official SDK, its
 * {@code TencentCloudSDKException} ({@link TencentCloudReactiveProblemAdvice}) from a controller are answered as
 * localized problem details, built by the same {@link ProblemAnswers}. Off with
 * {@code errorcatalog.problem.enabled=false}; an application's own bean of either advice type replaces the starter's.
 */
@API(status = INTERNAL, since = "0.1.0")
@AutoConfiguration(after = ErrorCatalogAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({DispatcherHandler.class, ProblemDetail.class})
@ConditionalOnBooleanProperty(name = "errorcatalog.problem.enabled", matchIfMissing = true)
public class ErrorCatalogWebFluxAutoConfiguration {
    /** How a problem answer is built, as in a servlet application; an application's own advice may use it too. */
    @Bean
    @ConditionalOnMissingBean
    public ProblemAnswers problemAnswers(ErrorCatalog errorCatalog, ApplicationContext context,
                                         ErrorCatalogProperties properties) {
        // the context is the application's message source as a whole, so its messages are asked before ours
        return new ProblemAnswers(errorCatalog, context, properties.problem(), properties.log());
    }

    /** The advice for the library's exceptions. */
    @Bean
    @ConditionalOnMissingBean
    public ErrorCatalogReactiveProblemAdvice errorCatalogReactiveProblemAdvice(ProblemAnswers problemAnswers,
                                                                               ErrorCatalogProperties properties) {
        return new ErrorCatalogReactiveProblemAdvice(problemAnswers, properties.defaultLocale());
    }

    /** The advice for the SDK's exception, when the application has the SDK. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.tencentcloudapi.common.exception.TencentCloudSDKException")
    static class SdkProblemConfiguration {
        @Bean
        @ConditionalOnMissingBean
        TencentCloudReactiveProblemAdvice tencentCloudReactiveProblemAdvice(TencentCloudErrors tencentCloudErrors,
                                                                            SdkProductBinding sdkProductBinding,
                                                                            ProblemAnswers problemAnswers,
                                                                            ErrorCatalogProperties properties) {
            return new TencentCloudReactiveProblemAdvice(tencentCloudErrors, sdkProductBinding, problemAnswers,
                    properties.defaultLocale());
        }
    }
}
