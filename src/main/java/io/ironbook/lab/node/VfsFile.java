package io.ironbook.lab.node;

import java.time.Instant;

/**
 * A regular file in a simulated node's filesystem. Binaries carry a size but no content.
 *
 * @param content  the text, empty for a binary
 * @param size     the size {@code ls -l} shows
 * @param mode     the permission string, e.g. {@code -rwxr-xr-x}
 * @param modified the modification time
 */
public record VfsFile(String content, long size, String mode, Instant modified) {

    static VfsFile text(String content, Instant modified) {
        return new VfsFile(content, content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, "-rw-r--r--", modified);
    }

    static VfsFile binary(long size, Instant modified) {
        return new VfsFile("", size, "-rwxr-xr-x", modified);
    }

    VfsFile withContent(String text, Instant when) {
        return new VfsFile(text, text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, mode, when);
    }
}
