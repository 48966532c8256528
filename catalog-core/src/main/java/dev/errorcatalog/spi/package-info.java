/**
 * For product modules: a product is a {@link dev.errorcatalog.spi.CatalogProvider} (usually a three-line
 * subclass of {@link dev.errorcatalog.spi.EnumCatalogProvider}), an enum of its codes, its bundles under
 * {@code META-INF/errorcatalog/<product>/<locale>.json} and one line in
 * {@code META-INF/services/dev.errorcatalog.spi.CatalogProvider}.
 * {@link dev.errorcatalog.spi.ProviderRules} are the rules it keeps; {@code ProviderContract} in the
 * {@code catalog-testkit} artifact checks them all, and its bundles, from the product's own tests.
 */
package dev.errorcatalog.spi;
