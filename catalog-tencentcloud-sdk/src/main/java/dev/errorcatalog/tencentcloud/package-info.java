/**
 * The bridge from the official Tencent Cloud Java SDK to the error catalog: {@link
 * dev.errorcatalog.tencentcloud.TencentCloudErrors} turns a {@code TencentCloudSDKException} into an {@link
 * dev.errorcatalog.tencentcloud.SdkError} and a locale into the SDK's {@code Language}. The SDK is an optional
 * dependency: a service brings the SDK version it already uses. On the module path the module is
 * {@code dev.errorcatalog.tencentcloud} (an automatic module name, as the SDK's jars have no module name to require).
 */
package dev.errorcatalog.tencentcloud;
