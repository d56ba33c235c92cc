package dev.laurel.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code laurel-run.json}: the files a run created in its output folder, each by name and SHA-256 of
 * its content, with the run's inputs, state and summary. Written atomically (a temporary file renamed
 * over the old record), so a run killed at any moment leaves either the old record or the new one.
 *
 * @param state  {@link #RUNNING} while a run is under way (it has deleted the previous files, its own
 *               are not placed yet), {@link #COMPLETE} once its files are listed
 * @param files  the files the run created, by name and content hash
 * @param inputs the run's arguments
 */
record RunRecord(String state, List<Entry> files, List<String> inputs, Map<String, Object> summary) {

    static final String NAME = "laurel-run.json";
    static final String RUNNING = "running";
    static final String COMPLETE = "complete";
    static final String ABOUT = "Written by laurel parse. The next run into this folder deletes the files listed"
            + " here whose content is unchanged (same SHA-256); files it does not list, or that changed, are never"
            + " touched.";

    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One file: its name in the folder and the SHA-256 of its content (null: unknown, never deleted). */
    record Entry(String name, String sha256) {
    }

    RunRecord {
        files = List.copyOf(files);
        inputs = List.copyOf(inputs);
    }

    /**
     * The record in {@code folder}, or null when there is none. Throws when the file is there but is
     * not a record Laurel wrote: it may be the user's, and its files cannot be known.
     */
    static RunRecord read(Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (RuntimeException e) {
            root = null;
        }
        if (root == null || !root.isObject() || !root.path("about").asString("").startsWith("Written by laurel parse")
                || !root.path("files").isArray()) {
            throw new NotARecord(file);
        }
        List<Entry> files = new ArrayList<>();
        for (JsonNode n : root.path("files")) {
            if (n.isString()) {
                files.add(new Entry(n.asString(), null)); // an older record: names without hashes
            } else if (n.isObject() && n.path("name").isString()) {
                JsonNode sha = n.path("sha256");
                files.add(new Entry(n.path("name").asString(), sha.isString() ? sha.asString() : null));
            }
        }
        List<String> inputs = new ArrayList<>();
        root.path("inputs").forEach(n -> inputs.add(n.asString("")));
        return new RunRecord(root.path("state").asString(COMPLETE), files, inputs, Map.of());
    }

    /** Writes the record into {@code folder} atomically. */
    void write(Path folder) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("about", ABOUT);
        m.put("state", state);
        m.put("inputs", inputs);
        List<Map<String, String>> list = new ArrayList<>();
        for (Entry e : files) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("name", e.name());
            f.put("sha256", e.sha256());
            list.add(f);
        }
        m.put("files", list);
        m.put("summary", summary);
        Path tmp = folder.resolve("." + NAME + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), m);
        try {
            Files.move(tmp, folder.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, folder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The lowercase hex SHA-256 of a file's content. */
    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** {@value #NAME} is there but was not written by Laurel (or is damaged). */
    static final class NotARecord extends OutputFolder.Conflict {
        private static final long serialVersionUID = 1L;

        NotARecord(Path file) {
            super(file + " is not a run record Laurel wrote; move it away or choose another --out folder");
        }
    }
}
