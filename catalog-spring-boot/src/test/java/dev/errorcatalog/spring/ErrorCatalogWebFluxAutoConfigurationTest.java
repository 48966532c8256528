package dev.errorcatalog.spring;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.ErrorCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.web.reactive.DispatcherHandler;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The WebFlux auto-configuration's beans: in a reactive application only, off by the property, replaced. */
class ErrorCatalogWebFluxAutoConfigurationTest {
    private static final AutoConfigurations STARTER = AutoConfigurations.of(MessageSourceAutoConfiguration.class,
            ErrorCatalogAutoConfiguration.class, ErrorCatalogWebMvcAutoConfiguration.class,
            ErrorCatalogWebFluxAutoConfiguration.class);

    private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
            .withConfiguration(STARTER);
    private final WebApplicationContextRunner servlet = new WebApplicationContextRunner().withConfiguration(STARTER);

    @Test
    void aReactiveApplicationGetsTheReactiveAdvicesAndNotTheServletOnes() {
        reactive.run(context -> assertThat(context).hasNotFailed().hasSingleBean(ProblemAnswers.class)
                .hasSingleBean(ErrorCatalogReactiveProblemAdvice.class)
                .hasSingleBean(TencentCloudReactiveProblemAdvice.class)
                .doesNotHaveBean(ErrorCatalogProblemAdvice.class).doesNotHaveBean(TencentCloudProblemAdvice.class));
        servlet.run(context -> assertThat(context).hasNotFailed().hasSingleBean(ProblemAnswers.class)
                .hasSingleBean(ErrorCatalogProblemAdvice.class)
                .doesNotHaveBean(ErrorCatalogReactiveProblemAdvice.class)
                .doesNotHaveBean(TencentCloudReactiveProblemAdvice.class));
    }

    @Test
    void offByTheSamePropertyAsTheServletAdvices() {
        reactive.withPropertyValues("errorcatalog.problem.enabled=false").run(context -> assertThat(context)
                .hasNotFailed().hasSingleBean(ErrorCatalog.class).doesNotHaveBean(ProblemAnswers.class)
                .doesNotHaveBean(ErrorCatalogReactiveProblemAdvice.class)
                .doesNotHaveBean(TencentCloudReactiveProblemAdvice.class));
    }

    @Test
    void withoutTheSdkTheLibrarysAdviceAloneAndWithoutWebFluxNone() {
        reactive.withClassLoader(new FilteredClassLoader(TencentCloudSDKException.class)).run(context ->
                assertThat(context).hasNotFailed().hasSingleBean(ErrorCatalogReactiveProblemAdvice.class)
                        .doesNotHaveBean(TencentCloudReactiveProblemAdvice.class));
        reactive.withClassLoader(new FilteredClassLoader(DispatcherHandler.class)).run(context ->
                assertThat(context).hasNotFailed().hasSingleBean(ErrorCatalog.class)
                        .doesNotHaveBean(ErrorCatalogReactiveProblemAdvice.class));
    }

    @Test
    void anApplicationsOwnAdviceAndAnswersReplaceTheStarters() {
        ProblemAnswers answers = new ProblemAnswers(ErrorCatalog.builder().build(), new StaticMessageSource(), false);
        ErrorCatalogReactiveProblemAdvice own = new ErrorCatalogReactiveProblemAdvice(answers, Locale.ENGLISH);
        reactive.withBean(ProblemAnswers.class, () -> answers)
                .withBean(ErrorCatalogReactiveProblemAdvice.class, () -> own).run(context -> {
                    assertThat(context).hasSingleBean(ErrorCatalogReactiveProblemAdvice.class)
                            .hasSingleBean(ProblemAnswers.class);
                    assertSame(own, context.getBean(ErrorCatalogReactiveProblemAdvice.class));
                    assertSame(answers, context.getBean(ProblemAnswers.class));
                });
    }
}
