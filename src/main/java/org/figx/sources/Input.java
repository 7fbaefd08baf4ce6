package org.figx.sources;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input still to be read.
 *
 * @param source the name its rows will carry (see {@link Document#source()})
 * @param path   the file to read, or null for standard input
 * @param named  true when the user named it on the command line, false when it was
 *               found by walking a directory: a binary file is only a failure when named
 */
public record Input(String source, Path path, boolean named) {
    public static final String STDIN_NAME = "-";

    public Input {
        Objects.requireNonNull(source, "source");
    }

    public static Input stdin() {
        return new Input(STDIN_NAME, null, true);
    }

    public boolean isStdin() {
        return path == null;
    }
}
