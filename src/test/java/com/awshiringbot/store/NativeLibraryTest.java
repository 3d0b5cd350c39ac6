package com.awshiringbot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The native library copied once into the data folder, reused while intact, replaced when not. */
class NativeLibraryTest {
    @TempDir
    Path data;
    private String path;
    private String name;

    @BeforeEach
    void clear() {
        path = System.clearProperty(NativeLibrary.PATH_PROPERTY);
        name = System.clearProperty(NativeLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restore() {
        restore(NativeLibrary.PATH_PROPERTY, path);
        restore(NativeLibrary.NAME_PROPERTY, name);
    }

    @Test
    void the_library_is_copied_into_the_data_folder_and_sqlite_jdbc_pointed_at_it() throws Exception {
        Path copy = NativeLibrary.useCopyIn(data).orElseThrow();

        String libName = LibraryLoaderUtil.getNativeLibName();
        assertEquals(data.resolve("native").resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + libName), copy);
        assertArrayEquals(original(), Files.readAllBytes(copy));
        assertEquals(copy.getParent().toString(), System.getProperty(NativeLibrary.PATH_PROPERTY));
        assertEquals(copy.getFileName().toString(), System.getProperty(NativeLibrary.NAME_PROPERTY));
    }

    @Test
    void an_intact_copy_is_reused_and_a_truncated_one_replaced() throws Exception {
        Path copy = NativeLibrary.useCopyIn(data).orElseThrow();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, old);
        clear();
        assertEquals(Optional.of(copy), NativeLibrary.useCopyIn(data));
        assertEquals(old, Files.getLastModifiedTime(copy));

        Files.write(copy, new byte[] {1, 2, 3});
        clear();
        NativeLibrary.useCopyIn(data);
        assertArrayEquals(original(), Files.readAllBytes(copy));
    }

    @Test
    void a_library_the_operator_named_is_left_alone() {
        System.setProperty(NativeLibrary.PATH_PROPERTY, "/opt/sqlite");
        assertEquals(Optional.empty(), NativeLibrary.useCopyIn(data));
        assertEquals("/opt/sqlite", System.getProperty(NativeLibrary.PATH_PROPERTY));
        assertTrue(Files.notExists(data.resolve("native")));
    }

    private static byte[] original() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
