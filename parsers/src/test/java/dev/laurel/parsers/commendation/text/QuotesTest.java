package dev.laurel.parsers.commendation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotesTest {

    @Test
    void eachOpeningMarkHasItsClosingOne() {
        assertEquals('”', Quotes.closing('“'));
        assertEquals('」', Quotes.closing('「'));
        assertEquals('』', Quotes.closing('『'));
        assertEquals('"', Quotes.closing('"'));
        assertEquals(0, Quotes.closing('（'));
        assertTrue(Quotes.opens('「') && Quotes.closes('」') && Quotes.opens('"') && Quotes.closes('"'));
        assertFalse(Quotes.opens('”') || Quotes.closes('“') || Quotes.opens('《'));
    }
}
