/**
 * The Spring Boot starter: {@link dev.errorcatalog.spring.ErrorCatalogAutoConfiguration} (one catalog bean, its codes
 * through the application's message source) and {@link dev.errorcatalog.spring.ErrorCatalogWebMvcAutoConfiguration}
 * (Tencent Cloud errors thrown from controllers answered as localized RFC 9457 problem details, statuses from
 * {@link dev.errorcatalog.spring.ProblemStatus}); settings in {@link dev.errorcatalog.spring.ErrorCatalogProperties}.
 */
package dev.errorcatalog.spring;
