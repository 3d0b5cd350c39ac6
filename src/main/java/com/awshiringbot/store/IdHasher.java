package com.awshiringbot.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns Telegram chat and user ids into keyed hashes (HMAC-SHA256, first 128 bits, hex), so the database never
 * holds a raw id: the same id always gives the same hash, and without the key a hash cannot be traced back by
 * trying all ids. The random key lives beside the database in {@value #KEY_FILE} (owner-only), created on first use;
 * deleting it unlinks all stored hashes from future ones.
 */
public final class IdHasher {
    /** The key's file name inside the data folder. */
    public static final String KEY_FILE = "id-hash.key";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final int HASH_BYTES = 16;

    private final SecretKeySpec key;

    /** A hasher with the given key: for tests. */
    public IdHasher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < 16) {
            throw new IllegalArgumentException("key must be at least 16 bytes, but is " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The hasher of the data folder {@code dataDir}: reads its key, or creates one there (mode 600). */
    public static IdHasher forDataDir(Path dataDir) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
            return new IdHasher(key);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("Cannot read the id hashing key " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] text = (HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(ownerOnly)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(file.getParent(), KEY_FILE, ".tmp", attributes);
        try {
            Files.write(temporary, text, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            // A concurrent first start may have won the race: keep its key so both agree.
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            // kept the other key
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The keyed hash of a chat or user id: 32 lower-case hex digits. */
    public String hash(long id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
