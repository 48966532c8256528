/**
 * For product modules: a product is a {@link dev.errorcatalog.spi.CatalogProvider} (usually a three-line
 * subclass of {@link dev.errorcatalog.spi.EnumCatalogProvider}), an enum of its codes, its bundles under
 * {@code META-INF/errorcatalog/<product>/<locale>.json} and one line in
 * {@code META-INF/services/dev.errorcatalog.spi.CatalogProvider}.
 * {@link dev.errorcatalog.spi.ProviderContract} checks all of that from a product's own tests.
 */
package dev.errorcatalog.spi;
