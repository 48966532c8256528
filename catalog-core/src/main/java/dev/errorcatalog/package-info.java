/**
 * The error catalog: {@link dev.errorcatalog.ErrorCatalog} resolves a product's {@link dev.errorcatalog.ErrorCode}
 * to a localized {@link dev.errorcatalog.Resolution}, falling back to parent codes and to the platform-wide
 * {@link dev.errorcatalog.CommonCode common codes}; {@link dev.errorcatalog.ErrorEnvelope} reads and writes the
 * error envelopes of the API.
 *
 * <p>Product modules plug in through {@link dev.errorcatalog.spi}.
 */
package dev.errorcatalog;
