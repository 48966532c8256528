package dev.errorcatalog.spring;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.CatalogLoadException;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.InvalidProductIdException;
import dev.errorcatalog.i18n.InvalidValueException;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.StaticMessageSource;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The auto-configuration's beans: present, absent, replaced, configured. */
class ErrorCatalogAutoConfigurationTest {
    private static final AutoConfigurations STARTER = AutoConfigurations.of(MessageSourceAutoConfiguration.class,
            ErrorCatalogAutoConfiguration.class, ErrorCatalogWebMvcAutoConfiguration.class);

    private final ApplicationContextRunner plain = new ApplicationContextRunner().withConfiguration(STARTER);
    private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(STARTER);

    @Test
    void oneCatalogOfTheProductsOnTheClassPath() {
        plain.run(context -> {
            assertThat(context).hasSingleBean(ErrorCatalog.class).hasSingleBean(TencentCloudErrors.class)
                    .hasSingleBean(SdkProductBinding.class).hasSingleBean(MessageSource.class);
            assertThat(context.getBean(ErrorCatalog.class).products().contains(ProductId.of("kms"))).isTrue();
            assertSame(context.getBean(ErrorCatalog.class), context.getBean(TencentCloudErrors.class).catalog());
        });
    }

    @Test
    void theApplicationsOwnCatalogWins() {
        ErrorCatalog own = ErrorCatalog.builder().build(); // the common codes alone
        plain.withBean(ErrorCatalog.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(ErrorCatalog.class);
            assertSame(own, context.getBean(ErrorCatalog.class));
            assertThat(context.getBean(ErrorCatalog.class).products().contains(ProductId.of("kms"))).isFalse();
        });
    }

    @Test
    void propertiesAreBound() {
        plain.withPropertyValues("errorcatalog.strict=true", "errorcatalog.default-locale=zh-CN",
                "errorcatalog.problem.include-server-message=true", "errorcatalog.sdk.product=kms",
                "errorcatalog.sdk.clients.vod=com.tencentcloudapi.vod,com.example.VodClient").run(context -> {
            ErrorCatalogProperties p = context.getBean(ErrorCatalogProperties.class);
            assertThat(p.strict()).isTrue();
            assertEquals(Locale.SIMPLIFIED_CHINESE, p.defaultLocale());
            assertThat(p.problem().includeServerMessage()).isTrue();
            assertEquals("kms", p.sdk().product());
            assertEquals(java.util.List.of("com.tencentcloudapi.vod", "com.example.VodClient"), p.sdk().clients().get("vod"));
            // no locale: the configured default (asked directly: Spring's own sources replace a null locale with the
            // JVM's default before they ask their parent)
            MessageSource ours = context.getBean("messageSource", org.springframework.context.HierarchicalMessageSource.class)
                    .getParentMessageSource();
            assertThat(ours).isInstanceOf(ErrorCatalogMessageSource.class);
            assertEquals("CMK不存在。", ours.getMessage("errorcatalog.kms.ResourceUnavailable.CmkNotFound", null, null));
        });
        plain.run(context -> {
            ErrorCatalogProperties p = context.getBean(ErrorCatalogProperties.class);
            assertThat(p.strict()).isFalse();
            assertEquals(Locale.ENGLISH, p.defaultLocale());
            assertThat(p.problem().enabled()).isTrue();
            assertThat(p.problem().includeServerMessage()).isFalse();
            assertEquals("common", p.sdk().product());
        });
    }

    @Test
    void strictLoadingFailsTheStartOnABrokenModuleAndLenientLoadingReportsIt(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services/dev.errorcatalog.spi.CatalogProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.example.NoSuchProvider\n");
        try (URLClassLoader broken = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            plain.withClassLoader(broken).withPropertyValues("errorcatalog.strict=true").run(context ->
                    assertThat(context).hasFailed().getFailure().rootCause().isInstanceOf(CatalogLoadException.class)
                            .hasMessageContaining("com.example.NoSuchProvider"));
            plain.withClassLoader(broken).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(ErrorCatalog.class).problems()).isNotEmpty();
            });
        }
    }

    @Test
    void theWebPartsAreInAServletApplicationOnly() {
        web.run(context -> assertThat(context).hasSingleBean(ErrorCatalogProblemAdvice.class)
                .hasSingleBean(TencentCloudProblemAdvice.class).hasSingleBean(ProblemAnswers.class));
        plain.run(context -> assertThat(context).doesNotHaveBean(ErrorCatalogProblemAdvice.class)
                .doesNotHaveBean(TencentCloudProblemAdvice.class).doesNotHaveBean(ProblemAnswers.class)
                .hasSingleBean(ErrorCatalog.class));
        web.withPropertyValues("errorcatalog.problem.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(ErrorCatalogProblemAdvice.class).hasSingleBean(ErrorCatalog.class));
    }

    @Test
    void theRequestIdIsInTheAnswerUnlessTurnedOffAndTheLogLevelsAreSettable() {
        dev.errorcatalog.ApiError denied = dev.errorcatalog.ApiError.of("ResourceUnavailable.CmkDisabled", "off", "req-7");
        web.run(context -> assertEquals("req-7", context.getBean(ProblemAnswers.class)
                .forApiError("kms", denied, Locale.ENGLISH, RuntimeException.class).getBody().getProperties()
                .get("requestId")));
        web.withPropertyValues("errorcatalog.problem.expose-request-id=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ProblemAnswers.class).forApiError("kms", denied, Locale.ENGLISH,
                    RuntimeException.class).getBody().getProperties()).doesNotContainKey("requestId");
        });
        web.withPropertyValues("errorcatalog.log.api-error-level=warn", "errorcatalog.log.server-error-level=error",
                "errorcatalog.log.library-fault-level=off").run(context -> {
            assertThat(context).hasNotFailed();
            try (dev.errorcatalog.spring.app.LogCapture log = new dev.errorcatalog.spring.app.LogCapture()) {
                context.getBean(ProblemAnswers.class).forApiError("kms", denied, Locale.ENGLISH, RuntimeException.class);
                assertThat(log.text()).contains(" WARN  ").contains("requestId=req-7");
            }
        });
    }

    @Test
    void withoutTheSdkTheSdkPartsAreAbsentAndTheRestWorks() {
        web.withClassLoader(new FilteredClassLoader(TencentCloudSDKException.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ErrorCatalog.class)
                    .hasSingleBean(ErrorCatalogProblemAdvice.class).doesNotHaveBean(TencentCloudProblemAdvice.class)
                    .doesNotHaveBean(TencentCloudErrors.class).doesNotHaveBean(SdkProductBinding.class);
        });
    }

    @Test
    void anApplicationsOwnAdviceAndBindingReplaceTheStarters() {
        SdkProductBinding always = e -> ProductId.of("kms");
        web.withBean(SdkProductBinding.class, () -> always)
                .withBean(ErrorCatalogProblemAdvice.class, () -> new ErrorCatalogProblemAdvice(
                        new ProblemAnswers(ErrorCatalog.builder().build(), new StaticMessageSource(), false), Locale.ENGLISH))
                .run(context -> {
                    assertSame(always, context.getBean(SdkProductBinding.class));
                    assertThat(context).hasSingleBean(ErrorCatalogProblemAdvice.class);
                });
    }

    @Test
    void aProductNoModuleProvidesFailsTheStartNamingIt() {
        plain.withPropertyValues("errorcatalog.sdk.product=cvm").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().isInstanceOf(InvalidValueException.class)
                        .hasMessageContaining("errorcatalog.sdk.product: it names the product cvm"));
        plain.withPropertyValues("errorcatalog.sdk.clients.Kms=com.tencentcloudapi.kms").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().isInstanceOf(InvalidProductIdException.class)
                        .hasMessageContaining("not a product id"));
        plain.withPropertyValues("errorcatalog.sdk.clients.kms=").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().isInstanceOf(InvalidValueException.class)
                        .hasMessageContaining("errorcatalog.sdk.clients.kms: it is empty"));
        plain.withPropertyValues("errorcatalog.sdk.clients.kms= , ").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().isInstanceOf(InvalidValueException.class)
                        .hasMessageContaining("errorcatalog.sdk.clients.kms: it has an empty entry"));
    }

    @Test
    void theApplicationsMessagesComeFirstAndTheCatalogIsTheirParent() {
        plain.withUserConfiguration(OwnMessages.class).run(context -> {
            assertEquals("ours", context.getMessage("errorcatalog.kms.ResourceUnavailable.CmkDisabled", null, Locale.ENGLISH));
            assertEquals("The CMK does not exist.",
                    context.getMessage("errorcatalog.kms.ResourceUnavailable.CmkNotFound", null, Locale.ENGLISH));
            assertThat(context.getBean("messageSource", StaticMessageSource.class).getParentMessageSource())
                    .isInstanceOf(ErrorCatalogMessageSource.class);
        });
    }

    @Test
    void inAChildContextTheParentContextsMessagesStayReachable() {
        StaticMessageSource parentMessages = new StaticMessageSource();
        parentMessages.addMessage("parent.only", Locale.ENGLISH, "from the parent context");
        org.springframework.context.support.GenericApplicationContext parent =
                new org.springframework.context.support.GenericApplicationContext();
        parent.registerBean("messageSource", StaticMessageSource.class, () -> parentMessages);
        parent.refresh();
        try {
            plain.withParent(parent).withUserConfiguration(OwnMessages.class).run(context -> {
                assertEquals("from the parent context", context.getMessage("parent.only", null, Locale.ENGLISH));
                assertEquals("ours", context.getMessage("errorcatalog.kms.ResourceUnavailable.CmkDisabled", null,
                        Locale.ENGLISH), "the application's own messages first");
                assertEquals("The CMK does not exist.",
                        context.getMessage("errorcatalog.kms.ResourceUnavailable.CmkNotFound", null, Locale.ENGLISH));
            });
        } finally {
            parent.close();
        }
    }

    @Test
    void withoutMessagesOfItsOwnTheCatalogIsTheApplicationsMessageSource() {
        // no bundle under this name: Spring Boot makes no message source, the starter's is the context's
        plain.withPropertyValues("spring.messages.basename=no-such-messages").run(context -> {
            assertThat(context.getBean("messageSource")).isInstanceOf(ErrorCatalogMessageSource.class);
            assertThat(context).hasSingleBean(MessageSource.class);
            assertEquals("CMK已被禁用。", context.getMessage("errorcatalog.kms.ResourceUnavailable.CmkDisabled", null,
                    Locale.SIMPLIFIED_CHINESE));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnMessages {
        @Bean
        StaticMessageSource messageSource() {
            StaticMessageSource own = new StaticMessageSource();
            own.addMessage("errorcatalog.kms.ResourceUnavailable.CmkDisabled", Locale.ENGLISH, "ours");
            return own;
        }
    }
}
