package org.figx.spark;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files of {@code --input} and their bytes, through the Hadoop file system the
 * cluster is set up for (local, HDFS, S3...). The driver lists them, as figx walks a
 * directory: all the way down, hidden files (".name") left out, in sorted order; each
 * task reads its files whole. Local files are read with java.nio, without Hadoop's
 * checksum layer.
 */
final class InputFiles implements Serializable {
    private transient Configuration conf;

    InputFiles(Configuration conf) {
        this.conf = conf;
    }

    /** The files {@code input} (a file, a directory or a glob) names, sorted, as URIs. */
    List<String> list(String input) throws IOException {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(pattern);
        List<String> files = new ArrayList<>();
        if (matched != null) {
            for (FileStatus status : matched) {
                walk(fs, status, files);
            }
        }
        Collections.sort(files);
        return files;
    }

    private static void walk(FileSystem fs, FileStatus status, List<String> out) throws IOException {
        if (status.getPath().getName().startsWith(".")) {
            return; // hidden, as figx leaves such files out
        }
        if (status.isDirectory()) {
            for (FileStatus child : fs.listStatus(status.getPath())) {
                walk(fs, child, out);
            }
        } else if (status.isFile()) {
            out.add(status.getPath().toUri().toString());
        }
    }

    /** The bytes of the file {@code uri}. */
    byte[] read(String uri) throws IOException {
        URI parsed = URI.create(uri);
        if ("file".equals(parsed.getScheme())) {
            return Files.readAllBytes(java.nio.file.Path.of(parsed));
        }
        Path path = new Path(parsed);
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return in.readAllBytes();
        }
    }

    /** The name rows give a file: its path for a local file (as figx names it), else its URI. */
    static String sourceOf(String uri) {
        URI parsed = URI.create(uri);
        return "file".equals(parsed.getScheme()) ? parsed.getPath() : uri;
    }

    /* The Hadoop configuration travels with the tasks (credentials for S3 and the like): it is Writable, not Serializable. */

    private void writeObject(ObjectOutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        conf.write(new DataOutputStream(bytes));
        out.writeInt(bytes.size());
        out.write(bytes.toByteArray());
    }

    private void readObject(ObjectInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        conf = new Configuration(false);
        conf.readFields(new DataInputStream(new java.io.ByteArrayInputStream(bytes)));
    }
}
