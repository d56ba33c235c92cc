package dev.laurel.parsers.commendation;

import dev.laurel.model.Metric;
import java.util.List;

/** The figures of a section. */
final class MetricReader {
    private MetricReader() {
    }

    static List<Metric> read(List<LogicalParagraph> paragraphs, List<Headings.Found> headings,
                             List<Duplicates.Region> repeated, DocumentContext context) {
        return List.of();
    }
}
