package com.awshiringbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdHasherTest {
    @TempDir
    Path dir;

    @Test
    void the_hash_is_hmac_sha256_of_the_decimal_id_cut_to_128_bits() {
        // Computed independently:
        // printf 123456789 | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102030405060708090a0b0c0d0e0f
        byte[] key = new byte[16];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        IdHasher hasher = new IdHasher(key);
        assertEquals(EXPECTED_123456789, hasher.hash(123456789L));
        assertEquals(32, hasher.hash(-1001234567890L).length());
        assertNotEquals(hasher.hash(1), hasher.hash(2));
    }

    static final String EXPECTED_123456789 = "3f1d8bd1581503a3594999b1be9e9297";

    @Test
    void the_key_is_created_once_owner_only_and_reused() throws Exception {
        IdHasher first = IdHasher.forDataDir(dir);
        Path keyFile = dir.resolve("id-hash.key");
        assertTrue(Files.isRegularFile(keyFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals(65, Files.readString(keyFile, StandardCharsets.US_ASCII).length());
        IdHasher second = IdHasher.forDataDir(dir);
        assertEquals(first.hash(42), second.hash(42));
    }

    @Test
    void another_data_folder_gets_another_key() {
        assertNotEquals(IdHasher.forDataDir(dir.resolve("a")).hash(42), IdHasher.forDataDir(dir.resolve("b")).hash(42));
    }
}
