package dev.laurel.spark;

import dev.laurel.model.Announcement;

/**
 * One file after parsing, on its way to the task's table writers: either an announcement with the
 * key its rows are written under ({@code doc}), or the reason the file could not be read.
 *
 * @param bin          the bin (task) that read the file
 * @param path         the file, as listed
 * @param doc          the key of the document's rows; null for a failure
 * @param announcement the parsed document; null for a failure
 * @param reason       why the file could not be read; null when parsed
 */
record Parsed(int bin, String path, String doc, Announcement announcement, String reason) {

    static Parsed failure(int bin, String path, String reason) {
        return new Parsed(bin, path, null, null, reason);
    }

    boolean failed() {
        return reason != null;
    }
}
