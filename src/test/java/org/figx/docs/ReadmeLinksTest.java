package org.figx.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README is read in a clone of the repository alone: every file it links is inside
 * the repository and exists. The output contract ships as docs/SPEC.md, the team's
 * shared SPEC.md as it stands (checked against it where the shared folder is there).
 */
class ReadmeLinksTest {
    private static final Path ROOT = Paths.get("").toAbsolutePath();
    /** Markdown links and images: [text](target) — the target up to a space, '#' or ')'. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)[^)]*\\)");

    @Test
    void everyLinkedFileIsInTheRepositoryAndExists() throws IOException {
        List<String> broken = new ArrayList<>();
        Matcher link = LINK.matcher(Files.readString(ROOT.resolve("README.md")));
        int links = 0;
        while (link.find()) {
            String target = link.group(1);
            if (target.matches("[a-z]+:.*")) {
                continue; // https:, mailto:
            }
            links++;
            Path file = ROOT.resolve(target).normalize();
            if (!file.startsWith(ROOT) || !Files.exists(file)) {
                broken.add(target);
            }
        }
        assertTrue(links > 0, "the README links files");
        assertEquals(List.of(), broken);
    }

    @Test
    void theShippedSpecIsTheSharedOne() throws IOException {
        Path shared = ROOT.resolve("../shared/SPEC.md").normalize();
        assumeTrue(Files.isRegularFile(shared), "the team's shared folder is beside the repository");
        assertEquals(Files.readString(shared), Files.readString(ROOT.resolve("docs/SPEC.md")),
                "docs/SPEC.md differs from ../shared/SPEC.md: copy it again");
    }
}
