package org.figx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/figx's start-up cache: the launcher run as a user runs it, with a cache folder of
 * its own. Whatever state the cache is in, the output is the jar's own and stderr stays
 * empty. Runs in the integration-test phase of `mvn verify` (see pom.xml), once target/figx.jar exists.
 */
class LauncherTest {
    /** A phrase with money, a percent and a date, so that the rows depend on the lexicons. */
    static final String PHRASE = "Les ventes ont atteint 4,5 millions d'euros en mars 2024, en hausse de 7 %.\n";
    static final Path LAUNCHER = Paths.get("bin", "figx").toAbsolutePath();
    static final Path JAR = Paths.get("target", "figx.jar").toAbsolutePath();
    /** The java running the tests (17 or later), and a Java 25 when the machine has one (-Dfigx.java25=HOME). */
    static final Path JAVA = Paths.get(System.getProperty("java.home"), "bin", "java");
    static final Path JAVA_25 = Paths.get(System.getProperty("figx.java25",
            "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java");

    static String expected;

    @TempDir
    Path dir;

    record Result(int exitCode, String stdout, String stderr) {}

    @BeforeAll
    static void runTheJarItself() {
        assumeTrue(Files.isRegularFile(JAR), "target/figx.jar is built by mvn package");
        Result plain = run(List.of(JAVA.toString(), "-jar", JAR.toString()), Map.of());
        assertEquals(0, plain.exitCode(), plain.stderr());
        assertTrue(plain.stdout().contains("money"), plain.stdout());
        expected = plain.stdout();
    }

    /** On the running java (17 or later) and on Java 25 when there is one, side by side. */
    @Test
    void theCacheIsMadeAfterTheFirstRunAndACorruptOneIsIgnored() {
        List<Path> javas = Files.isExecutable(JAVA_25) ? List.of(JAVA, JAVA_25) : List.of(JAVA);
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int i = 0; i < javas.size(); i++) {
            Path java = javas.get(i);
            Path cacheHome = dir.resolve("cache-" + i);
            runs.add(CompletableFuture.runAsync(() -> firstRunMakesTheCacheAndACorruptCacheIsIgnored(java, cacheHome)));
        }
        runs.forEach(CompletableFuture::join);
    }

    @Test
    void aCacheFolderThatCannotBeMadeMeansNoCache() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the folder should be");
        assertSameAsTheJar(launch(JAVA, notAFolder));
    }

    @Test
    void aReadOnlyCacheFolderMeansNoCache() throws IOException {
        Path readOnly = Files.createDirectories(dir.resolve("read-only/figx"));
        assumeTrue(readOnly.toFile().setWritable(false, false));
        assumeTrue(!Files.isWritable(readOnly), "running as root: every folder is writable");
        assertSameAsTheJar(launch(JAVA, readOnly.getParent()));
        try (Stream<Path> files = Files.list(readOnly)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void figxNoCacheLeavesTheCacheFolderAlone() {
        Path cacheHome = dir.resolve("cache");
        assertSameAsTheJar(run(List.of("sh", LAUNCHER.toString()),
                Map.of("JAVA", JAVA.toString(), "XDG_CACHE_HOME", cacheHome.toString(), "FIGX_NO_CACHE", "1")));
        assertFalse(Files.exists(cacheHome));
    }

    /**
     * The quick JIT compiler alone for standard input and for files under 24 MB in all,
     * the optimising one from 24 MB on (the output file after -o not counted): a stand-in
     * java prints the options the launcher gives it.
     */
    @Test
    void theJitCompilerFollowsTheSizeOfTheInputs() throws IOException {
        Path fakeJava = dir.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        assertTrue(fakeJava.toFile().setExecutable(true));
        Path small = Files.writeString(dir.resolve("small.txt"), PHRASE);
        Path big = megabytesOfText(dir.resolve("big.txt"), 25);
        Map<String, String> env = Map.of("JAVA", fakeJava.toString(), "FIGX_NO_CACHE", "1");
        String quick = "-XX:TieredStopAtLevel=1";
        String optimising = "-XX:MaxInlineLevel=6";
        assertOptions(run(List.of("sh", LAUNCHER.toString()), env), quick, optimising);
        assertOptions(run(List.of("sh", LAUNCHER.toString(), small.toString()), env), quick, optimising);
        assertOptions(run(List.of("sh", LAUNCHER.toString(), "-o", big.toString(), small.toString()), env),
                quick, optimising);
        assertOptions(run(List.of("sh", LAUNCHER.toString(), small.toString(), dir.toString()), env),
                optimising, quick);
    }

    /**
     * The start-up cache serves short runs only: once made, a small input runs with it and a
     * 24 MB one without (on Java 25 its profiles slowed the optimising compiler's code). A
     * stand-in Java 17 prints its options and "makes" the archive it is asked for.
     */
    @Test
    void largeInputsRunWithoutTheStartUpCache() throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk/bin")).getParent();
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.9\"\n");
        Path fakeJava = home.resolve("bin/java");
        Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do\n  case $a in -XX:ArchiveClassesAtExit=*)"
                + " echo archive > \"${a#-XX:ArchiveClassesAtExit=}\" ;; esac\n  echo \"$a\"\ndone\n");
        assertTrue(fakeJava.toFile().setExecutable(true));
        Path small = Files.writeString(dir.resolve("small.txt"), PHRASE);
        Path big = megabytesOfText(dir.resolve("big.txt"), 25);
        Path cacheHome = dir.resolve("cache");
        Map<String, String> env = Map.of("JAVA", fakeJava.toString(), "XDG_CACHE_HOME", cacheHome.toString());
        run(List.of("sh", LAUNCHER.toString(), small.toString()), env);
        awaitCache(cacheHome.resolve("figx"));
        assertTrue(run(List.of("sh", LAUNCHER.toString(), small.toString()), env).stdout().lines()
                .anyMatch(option -> option.startsWith("-XX:SharedArchiveFile=")));
        assertTrue(run(List.of("sh", LAUNCHER.toString(), big.toString()), env).stdout().lines()
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile=")));
    }

    /** A file of {@code megabytes} MiB of letters: an input over the launcher's 24 MB threshold. */
    private static Path megabytesOfText(Path file, int megabytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                out.write(block);
            }
        }
        return file;
    }

    private static void assertOptions(Result result, String present, String absent) {
        List<String> options = result.stdout().lines().toList();
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(options.contains(present), options.toString());
        assertFalse(options.contains(absent), options.toString());
    }

    /** The README tells users to link bin/figx into a folder of their PATH. */
    @Test
    void aSymbolicLinkToTheLauncherRunsTheJar() throws IOException {
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("on-the-path")).resolve("figx"),
                LAUNCHER);
        assertSameAsTheJar(run(List.of("sh", link.toString()),
                Map.of("JAVA", JAVA.toString(), "FIGX_NO_CACHE", "1")));
    }

    /** "figx" alone, typed at a terminal, says it waits for standard input (script(1) gives it one). */
    @Test
    void onATerminalWithoutArgumentsItSaysItReadsStandardInput() {
        Path script = Paths.get("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "script(1) from util-linux makes the terminal");
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qec",
                JAVA + " -jar " + JAR, "/dev/null");
        try {
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write("28 milliards USD\n\u0004".getBytes(StandardCharsets.UTF_8));
            }
            assertEquals(0, process.waitFor());
            String screen = out.join();
            assertTrue(screen.contains("figx: reading standard input"), screen);
            assertTrue(screen.contains("money,28 milliards USD,28000000000"), screen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void firstRunMakesTheCacheAndACorruptCacheIsIgnored(Path java, Path cacheHome) {
        assertSameAsTheJar(launch(java, cacheHome));
        Path cache = awaitCache(cacheHome.resolve("figx"));
        assertSameAsTheJar(launch(java, cacheHome));

        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(12).nextBytes(garbage);
        try {
            Files.delete(cache); // the JVM makes a CDS archive read-only
            Files.write(cache, garbage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertSameAsTheJar(launch(java, cacheHome));
    }

    /** The cache file, once the background training run has put it in place. */
    private static Path awaitCache(Path folder) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<Path> cache = cacheIn(folder);
            if (cache.isPresent()) {
                return cache.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no start-up cache in " + folder);
    }

    private static Optional<Path> cacheIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            boolean training = all.stream().anyMatch(f -> f.toString().endsWith(".lock"));
            return training ? Optional.empty() : all.stream()
                    .filter(f -> f.toString().endsWith(".aot") || f.toString().endsWith(".jsa"))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameAsTheJar(Result result) {
        assertEquals("", result.stderr());
        assertEquals(0, result.exitCode());
        assertEquals(expected, result.stdout());
    }

    private static Result launch(Path java, Path cacheHome) {
        return run(List.of("sh", LAUNCHER.toString()),
                Map.of("JAVA", java.toString(), "XDG_CACHE_HOME", cacheHome.toString()));
    }

    private static Result run(List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().keySet().removeAll(List.of("JAVA_OPTS", "FIGX_NO_CACHE", "FIGX_JAR",
                "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(PHRASE.getBytes(StandardCharsets.UTF_8));
            }
            int exit = process.waitFor();
            return new Result(exit, out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
