package dev.laurel.exporters.json;

import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * Input that is not Laurel JSON: malformed JSON, a value of the wrong type, a missing or invalid field.
 * The message is one line: where (line and column, or byte offset, and the JSON Pointer of the field)
 * and what.
 */
public class JsonReadException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Input that is not Laurel JSON, as {@code message} says.
     *
     * @param message one line: where and what
     */
    public JsonReadException(String message) {
        super(message);
    }

    JsonReadException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A Jackson parse failure as one line, without Jackson's source description. */
    static IOException of(JacksonException e, JsonParser p) {
        if (e.getCause() instanceof IOException io && !(io instanceof JsonReadException)) {
            return io; // the input stream failed, not the JSON
        }
        String what = e.getOriginalMessage();
        if (what == null) {
            what = e.getClass().getSimpleName();
        }
        // Jackson cites its own locations ("(start marker at [Source: …; line: 1, column: 1])"); keep one line.
        what = what.replaceAll("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
                .replaceAll("\\[Source: [^\\]]*\\]", "")
                .replaceAll("\\s*\\R\\s*", " ").strip();
        String pointer = p == null ? "" : AnnouncementParser.pointer(p.streamReadContext(), null);
        return new JsonReadException(AnnouncementParser.where(e.getLocation(), pointer) + ": malformed JSON: " + what, e);
    }
}
