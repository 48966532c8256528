package dev.errorcatalog.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The run the build records the class-data sharing archive from ({@code -XX:ArchiveClassesAtExit}, see the pom): a
 * lookup, an explain of each kind of pasted text and a search, in one JVM, so that the archive holds the classes of
 * each command the launcher starts fast. What they print is thrown away.
 */
final class ArchiveTraining {
    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        PrintWriter none = new PrintWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8), true);
        String[][] commands = {
                {"lookup", "-p", "vod", "-l", "zh-CN", "InvalidParameterValue.FileIdsTooMany"},
                {"lookup", "InvalidParameterValue.FileIdsTooMany", "ResourceUnavailable.CmkDisabled"},
                {"lookup", "--format", "json", "InternalError"},
                {"explain", "[TencentCloudSDKException]code:InvalidParameterValue.FileIdsTooMany message:too many requestId:r-1"},
                {"explain", "-l", "zh-CN", "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.InvalidVodUser\",\"Message\":\"m\"},"
                        + "\"RequestId\":\"r-2\"}}"},
                {"explain", "2026-11-24 10:01:02 WARN upload failed: ResourceNotFound.FileNotExist"},
                {"search", "未开通"},
                {"search", "-l", "zh-CN", "too", "many", "file", "ids"},
        };
        for (String[] command : commands) {
            if (Main.quick(none, none, command).isEmpty()) {
                throw new IllegalStateException("not a quick command: " + String.join(" ", command));
            }
        }
    }
}
