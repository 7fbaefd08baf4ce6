package org.figx.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Rows written straight to an existing file that is no regular file: a device
 * ({@code -o /dev/stdout}, {@code -o /dev/null}) or a named pipe. Such a target is
 * never replaced by renaming a temporary file over it, which would put a regular
 * file in place of the device; what was written stays written, and a write error
 * surfaces as an IOException.
 */
public final class DeviceTarget implements OutputTarget {
    private final OutputStream stream;

    public DeviceTarget(Path device) throws IOException {
        this.stream = new BufferedOutputStream(Files.newOutputStream(device, StandardOpenOption.WRITE), 1 << 16);
    }

    /** Whether {@code output} names something that exists and is no regular file. */
    public static boolean isDevice(Path output) {
        return Files.exists(output) && !Files.isRegularFile(output) && !Files.isDirectory(output);
    }

    @Override
    public OutputStream stream() {
        return stream;
    }


    @Override
    public void commit() throws IOException {
        stream.flush();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
