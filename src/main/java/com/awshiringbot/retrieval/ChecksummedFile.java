package com.awshiringbot.retrieval;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;

/**
 * A file the core keeps between starts (index snapshot, sentence vectors): its bytes followed by their CRC-32, written
 * whole under a temporary name and then moved into place, so that a reader never sees half a file and a damaged one
 * reads as damaged. Strings inside are UTF-8 with their length first.
 */
final class ChecksummedFile {

    private ChecksummedFile() {
    }

    /** Writes {@code body} and its checksum to {@code file}, creating its folder. */
    static void write(Path file, byte[] body) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] whole = ByteBuffer.allocate(body.length + Long.BYTES).put(body).putLong(crc.getValue()).array();
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, whole);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The body of {@code file}, big-endian as {@link DataOutputStream} wrote it.
     *
     * @throws IOException when the file is missing, unreadable, too short or its checksum does not match
     */
    static ByteBuffer read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 16) {
            throw new IOException("too short: " + bytes.length + " bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        if (ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong() != crc.getValue()) {
            throw new IOException("checksum mismatch");
        }
        return ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES);
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IOException("bad string length " + length);
        }
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
