package dev.laurel.parsers.commendation;

/** Punctuation rules of Chinese running text, full- and half-width. */
final class Sentences {
    private Sentences() {
    }

    /** Chars that end a sentence. */
    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '．';
    }

    /** Chars that end a clause: sentence ends plus commas, semicolons and colons. */
    static boolean isClauseEnd(char c) {
        return isSentenceEnd(c) || c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':';
    }

    static boolean isClosingQuote(char c) {
        return c == '”' || c == '’' || c == '"' || c == '」' || c == '』' || c == '）' || c == ')';
    }

    /** True when {@code text} ends a sentence, allowing a closing quote after the full stop. */
    static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && (isClosingQuote(text.charAt(i)) || Paragraphs.isBlank(text.charAt(i)))) {
            i--;
        }
        return i >= 0 && isSentenceEnd(text.charAt(i)) && i < text.length();
    }
}
