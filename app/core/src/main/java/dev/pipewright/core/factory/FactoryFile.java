package dev.pipewright.core.factory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.AdfJsonWriter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * One JSON file of a factory root, held as an ordered tree. Remembers a digest of its canonical form as
 * of the last load or save, so saving can tell whether the content changed (an unchanged file is never
 * rewritten, whatever its formatting on disk).
 */
public class FactoryFile {
    /** How ADF writes the file: tab-indented pretty print, or one line ({@code publish_config.json}). */
    public enum Format { PRETTY, MINIFIED }

    private JsonNode content;
    private String path;
    private final Format format;
    private byte[] savedDigest;
    /** Digest of the bytes on disk as of the last read or write; null for a file not read from or written to disk. */
    private volatile byte[] diskDigest;

    FactoryFile(JsonNode content, String path, Format format) {
        this.content = Objects.requireNonNull(content);
        this.path = path;
        this.format = format;
    }

    /** The tree; edit it in place or through the typed views. */
    public JsonNode content() {
        return content;
    }

    /** Replaces the whole tree (e.g. after an edit in the JSON code view). */
    public void replaceContent(JsonNode newContent) {
        this.content = Objects.requireNonNull(newContent);
    }

    /** Path relative to the factory root, with forward slashes; null until first saved. */
    public String path() {
        return path;
    }

    void path(String newPath) {
        this.path = newPath;
    }

    public Format format() {
        return format;
    }

    /** The exact bytes ADF Studio would write for this content. */
    public byte[] canonicalBytes() {
        String text = format == Format.MINIFIED ? AdfJsonWriter.minified(content) : AdfJsonWriter.pretty(content);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** True when the content differs from what was last loaded or saved (or it was never saved). */
    public boolean isModified() {
        return savedDigest == null || !Arrays.equals(savedDigest, digest(canonicalBytes()));
    }

    /** Records the given canonical bytes as what is on disk now. */
    void markSaved(byte[] canonical) {
        this.savedDigest = digest(canonical);
    }

    /** The file on disk is gone (its resource was removed and saved): it must be written again if it comes back. */
    void forgetSaved() {
        this.savedDigest = null;
        this.diskDigest = null;
    }

    /** Records the bytes just read from or written to disk, so a later change by another program can be told. */
    void markOnDisk(byte[] bytes) {
        this.diskDigest = digest(bytes);
    }

    /** Takes {@code digest} as the disk state the user has seen (they chose to keep their version over it). */
    void acceptDiskDigest(byte[] digest) {
        this.diskDigest = digest;
    }

    /** True when {@code bytes} differ from what this file last read or wrote (false when it never touched disk). */
    boolean differsFromDisk(byte[] bytes) {
        byte[] known = diskDigest;
        return known != null && !Arrays.equals(known, digest(bytes));
    }

    boolean knowsDiskState() {
        return diskDigest != null;
    }

    static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
