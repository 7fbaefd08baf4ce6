package org.figx.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Resources answers what the class loader answers (the jar's own entries are read by identity.sh and LauncherTest). */
class ResourcesTest {
    private static final String TABLE = "/org/figx/lang/fr/cldr/month-names-fr.txt";

    @Test
    void aResourceReadsAsTheClassLoaderReadsIt() throws IOException {
        try (InputStream ours = Resources.open(TABLE); InputStream loaders = ResourcesTest.class.getResourceAsStream(TABLE)) {
            assertEquals(new String(loaders.readAllBytes(), StandardCharsets.UTF_8),
                    new String(ours.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aMissingResourceIsNull() throws IOException {
        assertNull(Resources.open("/org/figx/lang/fr/no-such-list.txt"));
    }
}
