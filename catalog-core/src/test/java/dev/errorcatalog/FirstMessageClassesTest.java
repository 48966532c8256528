package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a program loads on its way to the first message, in a fresh JVM. Not a timing: catalog-bench measures the cold
 * start; this keeps out what is known to cost it, whoever adds it.
 */
class FirstMessageClassesTest {
    @Test
    void theFirstMessageStartsNoLambdaMachinery() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xlog:class+load", "-cp", System.getProperty("java.class.path"),
                FirstMessageProbe.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("message: 操作失败：演示繁忙。"), out);
        // a lambda or method reference on the way (ours, or Jackson's buffer recycler handing a buffer back) loads
        // and spins the JDK's lambda classes: about 5 ms of a 90 ms cold start. ICU has lambdas of its own, met only
        // by a message with arguments (the demo bundle has some; the shipped products' have none)
        List<String> spun = out.lines().filter(l -> l.contains("$$Lambda")
                && (l.contains(" dev.errorcatalog.") || l.contains(" tools.jackson."))).toList();
        assertEquals(List.of(), spun);
    }
}
