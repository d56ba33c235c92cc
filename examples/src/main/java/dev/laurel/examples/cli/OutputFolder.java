package dev.laurel.examples.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output folder of a batch run. A run records the files it wrote in {@value #MANIFEST}; the next
 * run into the same folder first deletes exactly those files (and only those: files Laurel did not
 * write are never touched), so outputs of two runs never mix.
 */
final class OutputFolder {

    /** The record of the last run: the files it wrote and its summary. */
    static final String MANIFEST = "laurel-run.json";
    /** The refused inputs, one JSON object per line: {@code {"path": ..., "reason": ...}}. */
    static final String ERRORS = "errors.jsonl";

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path folder;
    private Map<String, String> before = Map.of();

    OutputFolder(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    Path folder() {
        return folder;
    }

    Path errors() {
        return folder.resolve(ERRORS);
    }

    /**
     * Deletes the files the previous run listed in its manifest, then notes what is left so that
     * {@link #writeManifest} can tell which files this run wrote. Returns the names deleted.
     */
    List<String> replacePreviousRun() throws IOException {
        Files.createDirectories(folder);
        List<String> deleted = new ArrayList<>();
        Path manifest = folder.resolve(MANIFEST);
        if (Files.isRegularFile(manifest)) {
            JsonNode files;
            try {
                files = JSON.readTree(manifest.toFile()).path("files");
            } catch (RuntimeException e) {
                files = null;
            }
            if (files != null) {
                for (JsonNode n : files) {
                    String name = n.asString("");
                    Path p = folder.resolve(name).normalize();
                    // Only plain names directly in the folder: a manifest cannot point elsewhere.
                    if (!name.isEmpty() && p.getParent() != null && p.getParent().equals(folder.normalize())
                            && p.getFileName().toString().equals(name) && Files.isRegularFile(p)) {
                        Files.delete(p);
                        deleted.add(name);
                    }
                }
            }
            Files.delete(manifest);
        }
        before = snapshot();
        return deleted;
    }

    /** Writes the manifest: the files new or changed since {@link #replacePreviousRun}, and the summary. */
    void writeManifest(Map<String, Object> summary, List<String> inputs) throws IOException {
        Map<String, String> after = snapshot();
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!e.getKey().equals(MANIFEST) && !e.getValue().equals(before.get(e.getKey()))) {
                written.add(e.getKey());
            }
        }
        written.sort(null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("about", "Written by laurel parse; the next run into this folder deletes the files listed here.");
        m.put("inputs", inputs);
        m.put("files", written);
        m.put("summary", summary);
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(MANIFEST).toFile(), m);
    }

    /** Regular files directly in the folder, with their modification time and size. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isRegularFile()) {
                    out.put(p.getFileName().toString(), a.lastModifiedTime().toMillis() + "/" + a.size() + "/"
                            + a.fileKey());
                }
            }
        }
        return out;
    }
}
