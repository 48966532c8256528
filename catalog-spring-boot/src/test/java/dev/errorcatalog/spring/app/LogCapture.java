package dev.errorcatalog.spring.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;

/**
 * The application's log while open, as its file appender writes it ({@code logback-test.xml}'s pattern, stack traces
 * included): what a reader of the log would see.
 */
public final class LogCapture implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final Logger root;

    public LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %-5level [%thread] %logger: %msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        appender.setContext(context);
        appender.setName("capture");
        appender.setEncoder(encoder);
        appender.setOutputStream(bytes);
        appender.start();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
    }

    /** What was logged so far. */
    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }

    /** A line the application's log starts (its pattern is logback-test.xml's): level and logger. */
    private static final Pattern ENTRY = Pattern.compile(
            "(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} (\\w+)\\s+\\[[^\\]]*\\] (\\S+): ");

    /** The starter's entries in the log, each with its continuation lines (a stack trace); level first. */
    private static List<String[]> starterEntries(String log) {
        List<Integer> starts = new ArrayList<>();
        List<String[]> heads = new ArrayList<>();
        for (Matcher m = ENTRY.matcher(log); m.find(); ) {
            starts.add(m.start());
            heads.add(new String[] {m.group(1), m.group(2)});
        }
        List<String[]> entries = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : log.length();
            if (heads.get(i)[1].equals("dev.errorcatalog.spring")) {
                entries.add(new String[] {heads.get(i)[0], log.substring(starts.get(i), end)});
            }
        }
        return entries;
    }

    /** The one entry the starter logged so far, which must be at that level. */
    public String oneStarterEntry(String level) {
        List<String[]> entries = starterEntries(text());
        org.junit.jupiter.api.Assertions.assertEquals(1, entries.size(), text());
        org.junit.jupiter.api.Assertions.assertEquals(level, entries.get(0)[0], entries.get(0)[1]);
        return entries.get(0)[1];
    }

}
