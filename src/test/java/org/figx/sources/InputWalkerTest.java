package org.figx.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
    @TempDir
    Path dir;

    final List<String> reports = new ArrayList<>();
    final Diagnostics diagnostics = new Diagnostics() {
        @Override
        public void cannotRead(String source, String reason) {
            reports.add("cannot read " + source + ": " + reason);
        }

        @Override
        public void skipped(String source, String why, boolean failure) {
            reports.add("skipped " + why + " " + source + (failure ? " (failure)" : ""));
        }

        @Override
        public void readWithChanges(String source, String changes) {
            reports.add("read " + source + " with " + changes);
        }
    };

    @BeforeEach
    void articles() throws IOException {
        touch("b.txt");
        touch("a/z.txt");
        touch("a.txt");
        touch("a/notes.md");
        touch(".hidden.txt");
        touch(".git/config.txt");
        touch("drafts/c.txt");
    }

    @Test
    void walksSortedByPathStringSkippingHidden() {
        List<Input> inputs = walker(FileFilter.ALL).expand(dir.toString());
        // '.' sorts before '/': a.txt comes before a/z.txt
        assertEquals(List.of("a.txt", "a/notes.md", "a/z.txt", "b.txt", "drafts/c.txt"), relative(inputs));
        assertTrue(inputs.stream().noneMatch(Input::named));
        assertEquals(List.of(), reports);
    }

    @Test
    void includeAndExcludeMatchRelativePathOrName() {
        FileFilter filter = new FileFilter(List.of(Glob.of("*.txt")), List.of(Glob.of("drafts/**")));
        assertEquals(List.of("a.txt", "a/z.txt", "b.txt"), relative(walker(filter).expand(dir.toString())));

        FileFilter byName = new FileFilter(List.of(), List.of(Glob.of("z.txt"), Glob.of("*.md")));
        assertEquals(List.of("a.txt", "b.txt", "drafts/c.txt"), relative(walker(byName).expand(dir.toString())));
    }

    @Test
    void fileArgumentIsKeptAsGiven() {
        String given = dir + "/./a.txt";
        assertEquals(List.of(new Input(given, Path.of(given), true)), walker(FileFilter.ALL).expand(given));
        assertEquals(List.of(Input.stdin()), walker(FileFilter.ALL).expand("-"));
    }

    @Test
    void directoryArgumentMayItselfBeHidden() throws IOException {
        touch(".archive/old.txt");
        assertEquals(List.of(dir.resolve(".archive/old.txt").toString()),
                walker(FileFilter.ALL).expand(dir.resolve(".archive").toString()).stream().map(Input::source).toList());
    }

    @Test
    void symbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
        Files.createSymbolicLink(dir.resolve("a/loop"), dir);
        List<Input> inputs = walker(FileFilter.ALL).expand(dir.toString());
        assertEquals(List.of("a.txt", "a/notes.md", "a/z.txt", "b.txt", "drafts/c.txt"), relative(inputs));
        assertEquals(List.of("skipped symbolic link loop " + dir.resolve("a/loop")), reports);
    }

    @Test
    void outputFileIsNotAnInput() {
        InputWalker walker = new InputWalker(FileFilter.ALL, diagnostics, Optional.of(dir.resolve("b.txt")));
        assertEquals(List.of("a.txt", "a/notes.md", "a/z.txt", "drafts/c.txt"), relative(walker.expand(dir.toString())));
    }

    private InputWalker walker(FileFilter filter) {
        return new InputWalker(filter, diagnostics, Optional.empty());
    }

    private List<String> relative(List<Input> inputs) {
        return inputs.stream().map(i -> dir.relativize(i.path()).toString()).toList();
    }

    private void touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "texte");
    }
}
