package dev.laurel.text;

import dev.laurel.model.TimesKind;

/**
 * An honour count found by {@link HonorCounts}: 先后9次 (9, total), 连续5次 (5, consecutive),
 * 蝉联 (null, consecutive), 第十一届 (11, edition).
 *
 * @param count   how often, at least 1; null when the phrase gives no number (蝉联, 连续多次) or none that counts (连续0次)
 * @param kind    total or consecutive; null for an edition
 * @param edition true for an ordinal (第十一届): which edition, not how often
 * @param phrase  the verbatim phrase, {@code text.substring(start, end)}
 */
public record HonorCount(Integer count, TimesKind kind, boolean edition, String phrase, int start, int end) {
}
