package org.figx.text;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens the resources figx reads as it starts (some 150 word lists, tables and
 * grammar files): straight from figx's jar when it runs from one, else through
 * the class loader. The class loader looks each name up among the JDK's modules
 * before the class path, which cost more than reading the files themselves; the
 * jar, already open for the classes, is opened again here at little cost (the JDK
 * shares the open zip between the two).
 */
public final class Resources {
    private static final ZipFile OWN_JAR = ownJar();

    private Resources() {
    }

    /** The resource at {@code path} (from the class path's root, with a leading slash), or null. */
    public static InputStream open(String path) throws IOException {
        if (OWN_JAR != null) {
            ZipEntry entry = OWN_JAR.getEntry(path.substring(1));
            if (entry != null) {
                return OWN_JAR.getInputStream(entry);
            }
        }
        return Resources.class.getResourceAsStream(path);
    }

    private static ZipFile ownJar() {
        try {
            CodeSource source = Resources.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null || !"file".equals(location.getProtocol()) || !location.getPath().endsWith(".jar")) {
                return null; // classes in a folder (tests), or a class loader of another kind
            }
            return new ZipFile(new File(location.toURI()));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null; // the class loader still reads the resources
        }
    }
}
