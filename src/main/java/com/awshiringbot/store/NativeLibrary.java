package com.awshiringbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, kept in the bot's data folder. Left to itself, sqlite-jdbc copies the library from
 * its jar to the temporary folder and compares the copy with the original byte by byte at every start (a quarter of
 * a CPU-second, and a megabyte written to {@code /tmp} each time); the bot instead copies it once into its own data
 * folder, named after sqlite-jdbc's version, and points sqlite-jdbc at that copy. Anything unexpected (another
 * platform, no jar, an unwritable folder, a library already loaded or named by the operator) leaves sqlite-jdbc to do
 * as it always does. The data folder, unlike {@code /tmp}, is the bot's alone, so nobody else can place a library
 * there.
 */
final class NativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    static final String FOLDER = "native";

    private NativeLibrary() {
    }

    /** Points sqlite-jdbc at a copy in {@code dataDir/native}, making the copy first if needed; the copy, if any. */
    static synchronized Optional<Path> useCopyIn(Path dataDir) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return Optional.empty();
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        URL resource = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (resource == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            Path copy = dataDir.resolve(FOLDER).resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + name);
            if (size <= 0) {
                return Optional.empty();
            }
            if (!Files.isRegularFile(copy) || Files.size(copy) != size) {
                Files.createDirectories(copy.getParent());
                Path part = Files.createTempFile(copy.getParent(), "sqlite-", ".part");
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            System.setProperty(PATH_PROPERTY, copy.getParent().toString());
            System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
            return Optional.of(copy);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // sqlite-jdbc extracts its own copy, as it always does
        }
    }
}
